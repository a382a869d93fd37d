/** Measures each written file and checks it against the target: the pre-flight report. */
import { readFile } from 'node:fs/promises';
import { SYNTHETIC_NARRATION_NOTICE, type AudioFormatInfo, type LoudnessTargetId, type OutputKind, type PreflightFile, type PreflightReport } from '../../shared/render';
import { measureAudio, toMeasurements, type MeterReading } from './measure-audio';
import { scanMp3Frames } from './parsers/mp3-frames';
import { probeMedia } from './probe-media';
import { preflightChecks } from './preflight-checks';
import { StudioError } from '../../shared/errors';

export interface PreflightTarget {
  /** Where the file is now (it may still carry its temporary name). */
  path: string;
  /** The name it is reported under. */
  file: string;
  kind: OutputKind;
}

export interface PreflightTools {
  ffmpegPath: string;
  ffprobePath: string;
  signal?: AbortSignal;
}

async function formatOf(tools: PreflightTools, path: string): Promise<{ format: AudioFormatInfo; sampleRate: number }> {
  const probe = await probeMedia(tools.ffprobePath, path, tools.signal);
  if (!probe.audio) throw new StudioError('RENDER_FAILED', `The file ${path} holds no audio.`);
  const isMp3 = probe.audio.codec === 'mp3';
  const frames = isMp3 ? scanMp3Frames(await readFile(path)) : null;
  const bitrate = probe.audio.bitrate ?? probe.bitrate;
  return {
    sampleRate: probe.audio.sampleRate,
    format: {
      container: probe.formatName,
      codec: probe.audio.codec,
      bitrateKbps: frames?.constantBitrate ? frames.bitratesKbps[0]! : bitrate === null ? null : Math.round(bitrate / 1000),
      sampleRate: probe.audio.sampleRate,
      channels: probe.audio.channels,
      constantBitrate: frames ? frames.constantBitrate : null,
    },
  };
}

export async function preflightFile(tools: PreflightTools, target: PreflightTarget, loudnessTarget: LoudnessTargetId): Promise<PreflightFile> {
  const { format, sampleRate } = await formatOf(tools, target.path);
  const reading = await measureAudio(tools.ffmpegPath, { kind: 'file', path: target.path, sampleRate }, { detail: true, loudness: true, signal: tools.signal });
  const measurements = toMeasurements(reading);
  const checks = preflightChecks(target.kind, format, measurements, loudnessTarget);
  return { file: target.file, kind: target.kind, format, measurements, checks, pass: checks.every((c) => c.pass) };
}

/**
 * The pre-flight of a file joined from blocks: its format probed from the file itself, its levels from
 * the readings of its blocks, each decoded and measured when it was encoded (`combineReadings`).
 */
export async function preflightJoinedFile(tools: PreflightTools, target: PreflightTarget, loudnessTarget: LoudnessTargetId, reading: MeterReading): Promise<PreflightFile> {
  const { format } = await formatOf(tools, target.path);
  const measurements = toMeasurements(reading);
  const checks = preflightChecks(target.kind, format, measurements, loudnessTarget);
  return { file: target.file, kind: target.kind, format, measurements, checks, pass: checks.every((c) => c.pass) };
}

export function preflightReport(target: LoudnessTargetId, files: PreflightFile[]): PreflightReport {
  return { target, files, pass: files.every((f) => f.pass), notice: SYNTHETIC_NARRATION_NOTICE };
}
