/** Render settings and the pre-flight report, as the engine, the CLI and the UI all name them. */
import { z } from 'zod';

export const LOUDNESS_TARGET_IDS = ['acx', 'ebu-r128', 'podcast'] as const;
export type LoudnessTargetId = (typeof LOUDNESS_TARGET_IDS)[number];

/**
 * A loudness target. ACX is specified in RMS and sample peak; EBU R128 and the podcast target in
 * integrated loudness (LUFS) and true peak.
 */
export interface LoudnessTarget {
  id: LoudnessTargetId;
  label: string;
  measure: 'rms' | 'lufs';
  /** What the normaliser aims at: dB RMS or LUFS. */
  level: number;
  /** The accepted range of that measure. */
  min: number;
  max: number;
  /** Highest accepted peak: sample peak in dBFS for ACX, true peak in dBTP otherwise. */
  peakMax: number;
  peakKind: 'sample' | 'true';
  /** Highest accepted noise floor (dB RMS of the quietest half second), or null when the target sets none. */
  noiseFloorMax: number | null;
}

export const LOUDNESS_TARGETS: Record<LoudnessTargetId, LoudnessTarget> = {
  acx: { id: 'acx', label: 'ACX', measure: 'rms', level: -20, min: -23, max: -18, peakMax: -3, peakKind: 'sample', noiseFloorMax: -60 },
  'ebu-r128': { id: 'ebu-r128', label: 'EBU R128', measure: 'lufs', level: -23, min: -24, max: -22, peakMax: -1, peakKind: 'true', noiseFloorMax: null },
  podcast: { id: 'podcast', label: 'Podcast', measure: 'lufs', level: -16, min: -17, max: -15, peakMax: -1, peakKind: 'true', noiseFloorMax: null },
};

/** Room tone every file opens and closes with, in seconds (ACX: 0.5 to 1 at the head, 1 to 5 at the tail). */
export const HEAD_SILENCE_RANGE = { min: 0.5, max: 1 } as const;
export const TAIL_SILENCE_RANGE = { min: 1, max: 5 } as const;
/** ACX: at most 120 minutes a file; the retail sample at most five. */
export const MAX_FILE_SECONDS = 120 * 60;
export const MAX_SAMPLE_SECONDS = 5 * 60;

export const SYNTHETIC_NARRATION_NOTICE =
  'ACX accepts synthetic narration only where Audible authorises it; the ACX target is a technical specification that other distributors use too.';

const pauseMs = z.number().int().min(0).max(10_000);

/** Pauses the assembler puts between segments, in milliseconds. */
export const pauseSettingsSchema = z
  .object({
    sentenceMs: pauseMs,
    paragraphMs: pauseMs,
    speakerChangeMs: pauseMs,
    sceneBreakMs: pauseMs,
    beforeTitleMs: pauseMs,
    afterTitleMs: pauseMs,
    headMs: z.number().int().min(HEAD_SILENCE_RANGE.min * 1000).max(HEAD_SILENCE_RANGE.max * 1000),
    tailMs: z.number().int().min(TAIL_SILENCE_RANGE.min * 1000).max(TAIL_SILENCE_RANGE.max * 1000),
  })
  .strict();
export type PauseSettings = z.infer<typeof pauseSettingsSchema>;

export const DEFAULT_PAUSES: PauseSettings = {
  sentenceMs: 350,
  paragraphMs: 800,
  speakerChangeMs: 600,
  sceneBreakMs: 2000,
  beforeTitleMs: 1000,
  afterTitleMs: 1500,
  headMs: 750,
  tailMs: 2500,
};

export const EXPORT_FORMATS = ['m4b', 'mp3', 'all'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const OUTPUT_KINDS = ['m4b', 'chapter-mp3', 'opening-credits', 'closing-credits', 'retail-sample'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface AudioFormatInfo {
  container: string;
  codec: string;
  /** kbit/s, or null when the file does not say. */
  bitrateKbps: number | null;
  sampleRate: number;
  channels: number;
  /** Every frame at the same bitrate; null for codecs where the question does not apply. */
  constantBitrate: boolean | null;
}

export interface AudioMeasurements {
  durationSeconds: number;
  rmsDb: number;
  /** Sample peak, dBFS. */
  peakDb: number;
  truePeakDb: number | null;
  integratedLufs: number | null;
  loudnessRangeLu: number | null;
  /** dB RMS of the quietest half-second window. */
  noiseFloorDb: number;
  headSilenceSeconds: number;
  tailSilenceSeconds: number;
  /** dB RMS per half-second window, thinned to at most a few hundred points: the loudness plot. */
  windowRmsDb: number[];
  windowSeconds: number;
}

export type PreflightCheckId =
  | 'loudness'
  | 'peak'
  | 'noise-floor'
  | 'head-silence'
  | 'tail-silence'
  | 'duration'
  | 'codec'
  | 'bitrate'
  | 'constant-bitrate'
  | 'sample-rate'
  | 'channels';

export interface PreflightCheck {
  id: PreflightCheckId;
  pass: boolean;
  /** What was measured and what is required, as a person reads it ("-19.8 dB RMS", "-23 to -18 dB RMS"). */
  measured: string;
  required: string;
  /** Why it failed, in a sentence; absent when it passed. */
  reason?: string;
}

export interface PreflightFile {
  /** The file's name inside the output folder. */
  file: string;
  kind: OutputKind;
  format: AudioFormatInfo;
  measurements: AudioMeasurements;
  checks: PreflightCheck[];
  pass: boolean;
}

export interface PreflightReport {
  target: LoudnessTargetId;
  files: PreflightFile[];
  pass: boolean;
  notice: string;
}
