/**
 * Pass or fail of one output file against the chosen target, with the reason for each failure.
 * Loudness, peak and silence apply to every file; the ACX format (MP3, 192 kbps CBR, 44.1 kHz, mono,
 * at most 120 minutes) to the MP3 files, which are made to that format whatever the loudness target.
 */
import {
  HEAD_SILENCE_RANGE,
  LOUDNESS_TARGETS,
  MAX_FILE_SECONDS,
  MAX_SAMPLE_SECONDS,
  TAIL_SILENCE_RANGE,
  type AudioFormatInfo,
  type AudioMeasurements,
  type LoudnessTargetId,
  type OutputKind,
  type PreflightCheck,
} from '../../shared/render';

const db = (value: number, unit: string): string => `${value.toFixed(1)} ${unit}`;
const secs = (value: number): string => `${value.toFixed(2)} s`;
const minutes = (seconds: number): string => `${(seconds / 60).toFixed(1)} min`;

function check(id: PreflightCheck['id'], pass: boolean, measured: string, required: string, reason: string): PreflightCheck {
  return pass ? { id, pass, measured, required } : { id, pass, measured, required, reason };
}

export const ACX_MP3 = { codec: 'mp3', bitrateKbps: 192, sampleRate: 44100, channels: 1 } as const;

export function preflightChecks(kind: OutputKind, format: AudioFormatInfo, m: AudioMeasurements, targetId: LoudnessTargetId): PreflightCheck[] {
  const target = LOUDNESS_TARGETS[targetId];
  const checks: PreflightCheck[] = [];
  const unit = target.measure === 'rms' ? 'dB RMS' : 'LUFS';
  const level = target.measure === 'rms' ? m.rmsDb : m.integratedLufs;
  const range = `${target.min} to ${target.max} ${unit}`;
  if (level === null) {
    checks.push(check('loudness', false, 'not measured', range, 'The integrated loudness could not be measured.'));
  } else {
    const where = level < target.min ? 'too quiet' : 'too loud';
    checks.push(check('loudness', level >= target.min && level <= target.max, db(level, unit), range, `It is ${where}: ${db(level, unit)}, outside ${range}.`));
  }

  const peak = target.peakKind === 'sample' ? m.peakDb : m.truePeakDb;
  const peakUnit = target.peakKind === 'sample' ? 'dBFS' : 'dBTP';
  if (peak === null) checks.push(check('peak', false, 'not measured', `at most ${target.peakMax} ${peakUnit}`, 'The true peak could not be measured.'));
  else checks.push(check('peak', peak <= target.peakMax, db(peak, peakUnit), `at most ${target.peakMax} ${peakUnit}`, `Peaks reach ${db(peak, peakUnit)}, above ${target.peakMax} ${peakUnit}.`));

  if (target.noiseFloorMax !== null) {
    checks.push(
      check('noise-floor', m.noiseFloorDb <= target.noiseFloorMax, db(m.noiseFloorDb, 'dB'), `at most ${target.noiseFloorMax} dB`, `The noise floor is ${db(m.noiseFloorDb, 'dB')}, above ${target.noiseFloorMax} dB.`),
    );
  }

  const head = m.headSilenceSeconds;
  const tail = m.tailSilenceSeconds;
  // The retail sample fades in and out instead; ACX asks room tone of the book's files, not of the sample.
  if (kind !== 'retail-sample') checks.push(
    check('head-silence', head >= HEAD_SILENCE_RANGE.min && head <= HEAD_SILENCE_RANGE.max, secs(head), `${HEAD_SILENCE_RANGE.min} to ${HEAD_SILENCE_RANGE.max} s`, `The file opens with ${secs(head)} of room tone, outside ${HEAD_SILENCE_RANGE.min} to ${HEAD_SILENCE_RANGE.max} s.`),
    check('tail-silence', tail >= TAIL_SILENCE_RANGE.min && tail <= TAIL_SILENCE_RANGE.max, secs(tail), `${TAIL_SILENCE_RANGE.min} to ${TAIL_SILENCE_RANGE.max} s`, `The file ends with ${secs(tail)} of room tone, outside ${TAIL_SILENCE_RANGE.min} to ${TAIL_SILENCE_RANGE.max} s.`),
  );

  if (kind === 'm4b') return checks;
  const limit = kind === 'retail-sample' ? MAX_SAMPLE_SECONDS : MAX_FILE_SECONDS;
  checks.push(check('duration', m.durationSeconds <= limit, minutes(m.durationSeconds), `at most ${minutes(limit)}`, `It lasts ${minutes(m.durationSeconds)}, longer than ${minutes(limit)}.`));
  checks.push(
    check('codec', format.codec === ACX_MP3.codec, format.codec, 'MP3', `The audio is ${format.codec}, not MP3.`),
    check(
      'bitrate',
      format.bitrateKbps === ACX_MP3.bitrateKbps,
      format.bitrateKbps === null ? 'unknown' : `${format.bitrateKbps} kbps`,
      `${ACX_MP3.bitrateKbps} kbps`,
      `The bitrate is ${format.bitrateKbps ?? 'unknown'} kbps, not ${ACX_MP3.bitrateKbps}.`,
    ),
    check('constant-bitrate', format.constantBitrate === true, format.constantBitrate ? 'CBR' : 'VBR', 'CBR', 'The bitrate varies from frame to frame; ACX asks for a constant bitrate.'),
    check('sample-rate', format.sampleRate === ACX_MP3.sampleRate, `${format.sampleRate} Hz`, `${ACX_MP3.sampleRate} Hz`, `The sample rate is ${format.sampleRate} Hz, not ${ACX_MP3.sampleRate} Hz.`),
    check('channels', format.channels === ACX_MP3.channels, format.channels === 1 ? 'mono' : `${format.channels} channels`, 'mono', `The file has ${format.channels} channels; ACX asks for mono.`),
  );
  return checks;
}
