import { StudioError } from '../../../shared/errors';
import { LIMITS } from '../limits';
import { isSafeEntryName } from './safe-entry-name';

/** One file of a zip archive as its central directory declares it. Nothing is inflated yet. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else we cannot read. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipIndex {
  /** Entries with plain relative names, in central-directory order; folders left out. */
  entries: ZipEntry[];
  /** Names that try to leave the archive's root (zip slip); never used for anything. */
  unsafeNames: string[];
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;

export const corruptZip = (): StudioError =>
  new StudioError('CORRUPT_FILE', 'The file is a damaged zip archive: it may be incomplete. Try copying or downloading it again.');

/**
 * Reads the central directory at the end of a zip archive: names and declared sizes only, so a
 * hostile archive costs nothing until an entry is actually read. Throws CORRUPT_FILE when the
 * directory is missing or inconsistent, TOO_LARGE when it lists more entries than we accept.
 */
export function readZipIndex(bytes: Uint8Array): ZipIndex {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corruptZip();

  let count = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  let directoryLimit = eocd;
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    if (zip64) ({ count, directorySize, directoryOffset, directoryLimit } = zip64);
  }
  if (count > LIMITS.maxZipEntries) {
    throw new StudioError('TOO_LARGE', `The archive holds ${count} files; Dramatis reads archives of up to ${LIMITS.maxZipEntries} files.`);
  }
  const directoryEnd = directoryOffset + directorySize;
  if (directoryEnd > directoryLimit || count * CENTRAL_HEADER_SIZE > directorySize) throw corruptZip();

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  const unsafeNames: string[] = [];
  let p = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_HEADER_SIZE > directoryEnd || view.getUint32(p, true) !== CENTRAL_HEADER_SIGNATURE) throw corruptZip();
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const next = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw corruptZip();
    const nameStart = p + CENTRAL_HEADER_SIZE;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc32: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, nameStart + nameLength, extraLength, entry);
    p = next;
    if (entry.name.endsWith('/')) continue;
    if (isSafeEntryName(entry.name)) entries.push(entry);
    else unsafeNames.push(entry.name);
  }
  return { entries, unsafeNames };
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  return -1;
}

interface Zip64End {
  count: number;
  directorySize: number;
  directoryOffset: number;
  directoryLimit: number;
}

function readZip64End(view: DataView, eocd: number): Zip64End | null {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) throw corruptZip();
  return {
    count: safeNumber(view.getBigUint64(record + 32, true)),
    directorySize: safeNumber(view.getBigUint64(record + 40, true)),
    directoryOffset: safeNumber(view.getBigUint64(record + 48, true)),
    directoryLimit: record,
  };
}

/** Zip64 stores sizes and offsets that overflow 32 bits in extra field 0x0001, in a fixed order. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  const end = start + length;
  let p = start;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    const dataEnd = p + 4 + size;
    if (dataEnd > end) return;
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > dataEnd) throw corruptZip();
        const value = safeNumber(view.getBigUint64(q, true));
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    p = dataEnd;
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corruptZip();
  return Number(value);
}
