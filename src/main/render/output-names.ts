/** File names for the outputs: safe on every desktop file system, numbered so they sort in order. */

const FORBIDDEN = /[<>:"/\\|?*]/g;

/** Control characters have no place in a file name. */
const withoutControls = (text: string): string => [...text].map((c) => (c.charCodeAt(0) < 0x20 ? ' ' : c)).join('');

export function safeFileName(text: string, fallback = 'audiobook'): string {
  const cleaned = withoutControls(text.normalize('NFC')).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|[. ]+$/g, '');
  const short = cleaned.length > 80 ? cleaned.slice(0, 80).trim() : cleaned;
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short) || short === '' ? fallback : short;
}

/** `07 Stave Three.mp3` when there are fewer than 100 tracks, `007 …` up to 999. */
export function trackFileName(track: number, total: number, title: string, extension: string): string {
  const width = Math.max(2, String(total).length);
  return `${String(track).padStart(width, '0')} ${safeFileName(title, 'Track')}.${extension}`;
}
