import type { RenderFormat } from '../../../../shared/requests/render-requests';
import type { LoudnessTargetId, OutputKind } from '../../../../shared/render';

export const FORMAT_LABELS: Record<Exclude<RenderFormat, 'all'>, string> = {
  m4b: 'M4B audiobook (one file, chapter markers)',
  mp3: 'MP3 per chapter (ACX format, with credits and a retail sample)',
  vtt: 'WebVTT captions per chapter',
  epub: 'Read-along EPUB 3 (text highlighted as it is read)',
};

export const TARGET_LABELS: Record<LoudnessTargetId, string> = {
  acx: 'ACX (RMS −23 to −18 dB, peaks ≤ −3 dB, noise floor ≤ −60 dB)',
  'ebu-r128': 'EBU R128 (−23 LUFS)',
  podcast: 'Podcast (−16 LUFS)',
};

export const OUTPUT_KIND_LABELS: Record<OutputKind, string> = {
  m4b: 'Audiobook',
  'chapter-mp3': 'Chapter',
  'opening-credits': 'Opening credits',
  'closing-credits': 'Closing credits',
  'retail-sample': 'Retail sample',
};

/** "1:02:03" or "4:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** "1.2 GB", "340 MB", "12 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1e3))} kB`;
}
