/**
 * Measures audio with FFmpeg's own meters in one decoding pass: astats (RMS and sample peak over the
 * whole file, and RMS per half-second window for the noise floor and the loudness plot), silencedetect
 * (head and tail silence) and ebur128 (integrated loudness, loudness range, true peak).
 */
import type { AudioMeasurements } from '../../shared/render';
import { runFfmpeg } from './ffmpeg-process';
import { parseAstats } from './parsers/parse-astats';
import { parseEbur128, type Ebur128Summary } from './parsers/parse-ebur128';
import { parseEbur128Frames, type Ebur128Frames } from './parsers/parse-ebur128-frames';
import { headAndTail, parseSilences } from './parsers/parse-silencedetect';
import { parseWindowLevels, type WindowLevel } from './parsers/parse-window-levels';
import { StudioError } from '../../shared/errors';

export type MeterInput = { kind: 'file'; path: string; sampleRate: number } | { kind: 'f32le'; path: string; sampleRate: number };

export interface MeterOptions {
  /** Per-window RMS and silence detection (the pre-flight); the loudness pass needs neither. */
  detail: boolean;
  /** ebur128: integrated loudness, with the true peak when `detail` is set. */
  loudness: boolean;
  /** Keep ebur128's momentary and short-term values too (audio measured in pieces and combined). */
  frames?: boolean;
  signal?: AbortSignal;
}

export interface MeterReading {
  samples: number;
  durationSeconds: number;
  rmsDb: number;
  peakDb: number;
  windows: WindowLevel[];
  head: number;
  tail: number;
  ebur128: Ebur128Summary | null;
  frames?: Ebur128Frames;
}

export const WINDOW_SECONDS = 0.5;
/** Quieter than this counts as silence: well above a -60 dB noise floor, well below speech. */
export const SILENCE_THRESHOLD_DB = -50;
const SILENCE_MIN_SECONDS = 0.2;

export function meterGraph(sampleRate: number, options: Pick<MeterOptions, 'detail' | 'loudness' | 'frames'>): string {
  const filters = ['astats@overall=measure_perchannel=none'];
  if (options.detail) {
    filters.push(
      `silencedetect=n=${SILENCE_THRESHOLD_DB}dB:d=${SILENCE_MIN_SECONDS}`,
      `asetnsamples=n=${Math.round(sampleRate * WINDOW_SECONDS)}:p=0`,
      'astats@win=metadata=1:reset=1:measure_perchannel=none:measure_overall=RMS_level',
      'ametadata@win=mode=print:key=lavfi.astats.Overall.RMS_level',
    );
  }
  // Last, because ebur128 resamples to its own rate and the other meters must see the file's samples.
  if (options.loudness) filters.push(`ebur128=framelog=${options.frames ? 'info' : 'verbose'}${options.detail ? ':peak=true' : ''}`);
  return filters.join(',');
}

export function readingFromLog(log: string, sampleRate: number, options: Pick<MeterOptions, 'detail' | 'loudness' | 'frames'>): MeterReading {
  const stats = parseAstats(log, 'astats@overall');
  if (!stats) throw new StudioError('RENDER_FAILED', 'FFmpeg measured the audio but printed no statistics.');
  const durationSeconds = stats.samples / sampleRate;
  const { head, tail } = options.detail ? headAndTail(parseSilences(log), 0, durationSeconds) : { head: 0, tail: 0 };
  return {
    samples: stats.samples,
    durationSeconds,
    rmsDb: stats.rmsDb,
    peakDb: stats.peakDb,
    windows: options.detail ? parseWindowLevels(log, 'ametadata@win') : [],
    head,
    tail,
    ebur128: options.loudness ? parseEbur128(log) : null,
    ...(options.loudness && options.frames ? { frames: parseEbur128Frames(log) } : {}),
  };
}

export async function measureAudio(ffmpegPath: string, input: MeterInput, options: MeterOptions): Promise<MeterReading> {
  const source = input.kind === 'f32le' ? ['-f', 'f32le', '-ar', String(input.sampleRate), '-ac', '1', '-i', input.path] : ['-i', input.path];
  const { log } = await runFfmpeg(ffmpegPath, ['-nostats', ...source, '-map', '0:a:0', '-af', meterGraph(input.sampleRate, options), '-f', 'null', '-'], {
    task: 'measuring the audio',
    signal: options.signal,
    keepLog: true,
  });
  return readingFromLog(log, input.sampleRate, options);
}

/** dB figures leave the engine clamped, so digital silence travels as a number through JSON. */
export const DB_FLOOR = -120;
const clampDb = (db: number): number => (Number.isFinite(db) ? Math.max(DB_FLOOR, db) : db > 0 ? 0 : DB_FLOOR);

const PLOT_POINTS = 400;

/** Thins the window series for the loudness plot by averaging power over neighbouring windows. */
export function thinWindows(levels: number[], maxPoints = PLOT_POINTS): { values: number[]; factor: number } {
  const factor = Math.max(1, Math.ceil(levels.length / maxPoints));
  const values: number[] = [];
  for (let i = 0; i < levels.length; i += factor) {
    const group = levels.slice(i, i + factor);
    const power = group.reduce((sum, db) => sum + (Number.isFinite(db) ? 10 ** (db / 10) : 0), 0) / group.length;
    values.push(clampDb(power > 0 ? 10 * Math.log10(power) : Number.NEGATIVE_INFINITY));
  }
  return { values, factor };
}

export function toMeasurements(reading: MeterReading): AudioMeasurements {
  const levels = reading.windows.map((w) => w.rmsDb);
  const plot = thinWindows(levels);
  const floor = levels.length > 0 ? levels.reduce((a, b) => Math.min(a, b)) : reading.rmsDb;
  const ebu = reading.ebur128;
  return {
    durationSeconds: reading.durationSeconds,
    rmsDb: clampDb(reading.rmsDb),
    peakDb: clampDb(reading.peakDb),
    truePeakDb: ebu?.truePeakDb === null || ebu?.truePeakDb === undefined ? null : clampDb(ebu.truePeakDb),
    integratedLufs: ebu ? clampDb(ebu.integratedLufs) : null,
    loudnessRangeLu: ebu ? ebu.loudnessRangeLu : null,
    noiseFloorDb: clampDb(floor),
    headSilenceSeconds: reading.head,
    tailSilenceSeconds: reading.tail,
    windowRmsDb: plot.values,
    windowSeconds: WINDOW_SECONDS * plot.factor,
  };
}
