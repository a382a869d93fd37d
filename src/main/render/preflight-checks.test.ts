import { describe, expect, it } from 'vitest';
import { SYNTHETIC_NARRATION_NOTICE, type AudioFormatInfo, type AudioMeasurements, type PreflightFile } from '../../shared/render';
import { preflightChecks } from './preflight-checks';
import { preflightReport } from './preflight';
import { formatPreflightTable } from './preflight-table';

const acxMp3: AudioFormatInfo = { container: 'mp3', codec: 'mp3', bitrateKbps: 192, sampleRate: 44100, channels: 1, constantBitrate: true };
const good: AudioMeasurements = {
  durationSeconds: 600,
  rmsDb: -20.1,
  peakDb: -3.6,
  truePeakDb: -3.2,
  integratedLufs: -19.5,
  loudnessRangeLu: 4,
  noiseFloorDb: -70.4,
  headSilenceSeconds: 0.75,
  tailSilenceSeconds: 2.5,
  windowRmsDb: [-70, -20, -19],
  windowSeconds: 0.5,
};

const failed = (checks: ReturnType<typeof preflightChecks>): string[] => checks.filter((c) => !c.pass).map((c) => c.id);

describe('preflightChecks', () => {
  it('passes an MP3 that meets every ACX requirement', () => {
    const checks = preflightChecks('chapter-mp3', acxMp3, good, 'acx');
    expect(failed(checks)).toEqual([]);
    expect(checks.map((c) => c.id)).toEqual(['loudness', 'peak', 'noise-floor', 'head-silence', 'tail-silence', 'duration', 'codec', 'bitrate', 'constant-bitrate', 'sample-rate', 'channels']);
  });

  it('fails each ACX requirement with its own reason', () => {
    const checks = preflightChecks(
      'chapter-mp3',
      { ...acxMp3, bitrateKbps: 128, constantBitrate: false, sampleRate: 48000, channels: 2 },
      { ...good, rmsDb: -25.3, peakDb: -1.2, noiseFloorDb: -55, headSilenceSeconds: 0.2, tailSilenceSeconds: 6, durationSeconds: 121 * 60 },
      'acx',
    );
    expect(failed(checks)).toEqual(['loudness', 'peak', 'noise-floor', 'head-silence', 'tail-silence', 'duration', 'bitrate', 'constant-bitrate', 'sample-rate', 'channels']);
    expect(checks[0]!.reason).toBe('It is too quiet: -25.3 dB RMS, outside -23 to -18 dB RMS.');
    expect(checks.find((c) => c.id === 'duration')!.reason).toBe('It lasts 121.0 min, longer than 120.0 min.');
  });

  it('holds the retail sample to five minutes and does not ask it for room tone', () => {
    const checks = preflightChecks('retail-sample', acxMp3, { ...good, durationSeconds: 301, headSilenceSeconds: 0 }, 'acx');
    expect(failed(checks)).toEqual(['duration']);
  });

  it('judges the LUFS targets by integrated loudness and true peak, and an M4B without the MP3 format rules', () => {
    const aac: AudioFormatInfo = { container: 'mov,mp4,m4a,3gp,3g2,mj2', codec: 'aac', bitrateKbps: 64, sampleRate: 44100, channels: 1, constantBitrate: null };
    const podcast = preflightChecks('m4b', aac, { ...good, integratedLufs: -16.2, truePeakDb: -1.4, noiseFloorDb: -50 }, 'podcast');
    expect(failed(podcast)).toEqual([]);
    expect(podcast.map((c) => c.id)).toEqual(['loudness', 'peak', 'head-silence', 'tail-silence']);
    const loud = preflightChecks('m4b', aac, { ...good, integratedLufs: -21, truePeakDb: -0.5 }, 'ebu-r128');
    expect(loud.filter((c) => !c.pass).map((c) => c.reason)).toEqual(['It is too loud: -21.0 LUFS, outside -24 to -22 LUFS.', 'Peaks reach -0.5 dBTP, above -1 dBTP.']);
  });
});

describe('formatPreflightTable', () => {
  it('prints a row per file, the failures with their reasons, and the notice about synthetic narration', () => {
    const pass: PreflightFile = { file: '01 Opening Credits.mp3', kind: 'opening-credits', format: acxMp3, measurements: good, checks: preflightChecks('opening-credits', acxMp3, good, 'acx'), pass: true };
    const quiet = { ...good, rmsDb: -26 };
    const fail: PreflightFile = { file: '02 Stave One.mp3', kind: 'chapter-mp3', format: acxMp3, measurements: quiet, checks: preflightChecks('chapter-mp3', acxMp3, quiet, 'acx'), pass: false };
    const text = formatPreflightTable(preflightReport('acx', [pass, fail]));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Pre-flight against ACX: some files fail');
    expect(lines[2]).toMatch(/^file\s+duration\s+RMS dB\s+peak dB\s+floor dB\s+head s\s+tail s\s+format\s+result$/);
    expect(lines[4]).toMatch(/^01 Opening Credits\.mp3\s+10:00\s+-20\.1\s+-3\.6\s+-70\.4\s+0\.75\s+2\.50\s+mp3 192k CBR 44\.1kHz mono\s+pass$/);
    expect(lines[5]).toMatch(/FAIL$/);
    expect(text).toContain('Failures:\n  02 Stave One.mp3: It is too quiet: -26.0 dB RMS, outside -23 to -18 dB RMS.');
    expect(text.trimEnd().endsWith(SYNTHETIC_NARRATION_NOTICE)).toBe(true);
    expect(SYNTHETIC_NARRATION_NOTICE).toMatch(/only where Audible authorises it/);
  });
});
