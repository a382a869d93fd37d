export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text without its byte-order mark: every offset in the pipeline points into this string. */
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a text file: a byte-order mark decides first (UTF-8, UTF-16 LE/BE), then UTF-16 without a
 * mark when the NUL bytes fall clearly on one side, then strict UTF-8, and windows-1252 for anything
 * else (it covers Latin-1's printable characters and the curly quotes Word writes).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * windows-1252's characters at 0x80–0x9F (curly quotes, dashes, €). Decoded by hand because Node
 * builds without full ICU decode this label as Latin-1, turning them into control characters.
 * Undefined positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code point, as browsers do.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const DECODE_CHUNK = 8192;

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, DECODE_CHUNK));
  for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
    const n = Math.min(DECODE_CHUNK, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i] ?? 0;
      units[i] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return parts.join('');
}

function decode(encoding: Exclude<TextEncodingName, 'windows-1252'>, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** How many leading bytes to look at for NUL patterns: enough to be sure, cheap on a large file. */
const SAMPLE_BYTES = 4096;

/**
 * Text in a Latin script stored as UTF-16 has a NUL in nearly every other byte, all on the same
 * side; UTF-8 and single-byte text have none. Both sides must agree for a confident guess.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}
