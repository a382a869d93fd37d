import type { SourceFormat } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import { LIMITS } from './limits';

/** What the first bytes say a file is, before any parser sees it. */
export type Sniffed =
  | { container: 'pdf' }
  | { container: 'zip' }
  | { container: 'text' };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  signature.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Formats we recognise but cannot read, named so the user knows what to convert. */
const FOREIGN_SIGNATURES: Array<{ signature: number[]; offset?: number; what: string }> = [
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { signature: ascii('GIF8'), what: 'a GIF image' },
  { signature: ascii('RIFF'), what: 'a RIFF file (audio, video or image)' },
  { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word .doc file (save it as .docx)' },
  { signature: ascii('{\\rtf'), what: 'an RTF document (save it as .docx)' },
  { signature: ascii('BOOKMOBI'), offset: 60, what: 'a Kindle MOBI/AZW book' },
  { signature: [0x1f, 0x8b], what: 'a gzip archive' },
  { signature: ascii('7z'), what: 'a 7-Zip archive' },
  { signature: ascii('Rar!'), what: 'a RAR archive' },
  { signature: ascii('ID3'), what: 'an MP3 audio file' },
  { signature: ascii('fLaC'), what: 'a FLAC audio file' },
  { signature: ascii('OggS'), what: 'an Ogg audio file' },
  { signature: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { signature: ascii('MZ'), what: 'a Windows program' },
];

const SUPPORTED = 'EPUB, PDF, DOCX, Markdown, HTML or plain text';

/**
 * Decides the container from the bytes alone: the extension is never trusted. Text flavours
 * (Markdown, HTML, plain) are told apart later, from the decoded text.
 */
export function sniffContainer(bytes: Uint8Array): Sniffed {
  if (bytes.byteLength === 0) throw new StudioError('EMPTY_FILE', 'The file is empty.');
  if (bytes.byteLength > LIMITS.maxInputBytes) {
    throw new StudioError(
      'TOO_LARGE',
      `The file is ${Math.round(bytes.byteLength / 1048576)} MB; Dramatis reads manuscripts up to ${LIMITS.maxInputBytes / 1048576} MB.`,
    );
  }
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { container: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { container: 'zip' };
  for (const { signature, offset, what } of FOREIGN_SIGNATURES) {
    if (startsWith(bytes, signature, offset)) {
      throw new StudioError('UNSUPPORTED_FORMAT', `This file is ${what}, not a manuscript. Dramatis reads ${SUPPORTED}.`);
    }
  }
  if (looksBinary(bytes)) {
    throw new StudioError(
      'UNSUPPORTED_FORMAT',
      `This file does not look like a manuscript: it is neither ${SUPPORTED}.`,
    );
  }
  return { container: 'text' };
}

/** Which zip-based format an archive holds, from its entry names. */
export function zipFormat(names: readonly string[], bytes: Uint8Array): 'epub' | 'docx' {
  const set = new Set(names);
  if (set.has('META-INF/container.xml') || hasEpubMimetype(bytes)) return 'epub';
  if (set.has('word/document.xml') || names.some((n) => n.startsWith('word/')) || set.has('[Content_Types].xml')) return 'docx';
  throw new StudioError('UNSUPPORTED_FORMAT', `This zip archive is neither an EPUB nor a DOCX document. Dramatis reads ${SUPPORTED}.`);
}

/** An EPUB's first entry is `mimetype` holding `application/epub+zip`, stored uncompressed. */
export function hasEpubMimetype(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('mimetype'), 30) && indexOfAscii(bytes.subarray(30, 120), 'application/epub+zip', 90) >= 0;
}

/** Markdown, HTML or plain text, told apart from the content. The extension only breaks ties. */
export function textFormat(text: string, fileName: string): Extract<SourceFormat, 'markdown' | 'html' | 'text'> {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<!doctype html/.test(head) || /^<\?xml[^>]*>\s*<html/.test(head)) {
    return 'html';
  }
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const atxHeadings = sample.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const setextHeadings = sample.match(/^\S.*\n(=+|-{3,})[ \t]*$/gm)?.length ?? 0;
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(sample) || /^%\s+\S/.test(sample);
  const mdExtension = /\.(md|markdown|mdown|mkd)$/i.test(fileName);
  if (atxHeadings >= 2 || frontMatter || (mdExtension && atxHeadings + setextHeadings > 0)) return 'markdown';
  return 'text';
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const codes = ascii(needle);
  const end = Math.min(bytes.length - codes.length, limit);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, codes, i)) return i;
  return -1;
}

/**
 * Random bytes and binary formats decode as text with many control characters; real text in any of
 * the encodings we read has almost none. UTF-16 is recognised by its BOM or by zero bytes in
 * alternate positions, so those zeros don't count against it.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || alternatingZeros(bytes, n);
  if (utf16) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.01;
}

function alternatingZeros(bytes: Uint8Array, n: number): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = n / 2;
  return (even > half * 0.4 && odd < half * 0.05) || (odd > half * 0.4 && even < half * 0.05);
}
