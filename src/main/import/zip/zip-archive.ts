import { crc32, inflateRawSync } from 'node:zlib';
import { StudioError } from '../../../shared/errors';
import { LIMITS } from '../limits';
import { decodeXmlBytes } from './decode-xml-bytes';
import { corruptZip, readZipIndex, type ZipEntry } from './zip-index';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** Small entries may compress extremely well (a page of spaces); only large ones can be bombs. */
const RATIO_CHECK_FLOOR = 1024 * 1024;

const mb = (n: number): number => Math.ceil(n / (1024 * 1024));

/**
 * Read-only access to the entries of a zip archive held in memory. Entries are looked up by name
 * and inflated one at a time, within the caps of `LIMITS`: the declared sizes are checked before
 * anything is inflated, and the inflater itself stops at the cap, because declared sizes can lie.
 * Nothing is ever written to disk.
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
    /** Names left out of the index because they try to leave the archive's root. */
    readonly unsafeNames: readonly string[],
  ) {
    for (const entry of entries) {
      if (!this.byName.has(entry.name)) this.byName.set(entry.name, entry);
      const lower = entry.name.toLowerCase();
      if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, entry);
    }
  }

  static open(bytes: Uint8Array): ZipArchive {
    const index = readZipIndex(bytes);
    return new ZipArchive(bytes, index.entries, index.unsafeNames);
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entry(name);
    return entry ? this.inflate(entry) : null;
  }

  /** The entry decoded as XML text, or null when the archive has no such entry. */
  readText(name: string): string | null {
    const bytes = this.read(name);
    return bytes ? decodeXmlBytes(bytes) : null;
  }

  /** Exact names first; books made on case-insensitive file systems sometimes disagree on case. */
  private entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  private inflate(entry: ZipEntry): Uint8Array {
    if (entry.flags & 0x1) {
      throw new StudioError('PASSWORD_PROTECTED', 'Part of this archive is encrypted with a password. Save an unprotected copy and import that.');
    }
    const remaining = LIMITS.maxInflatedBytes - this.inflatedTotal;
    this.checkDeclaredSize(entry, remaining);
    const data = this.compressedData(entry);
    let output: Uint8Array;
    if (entry.method === 0) {
      output = data;
    } else if (entry.method === 8) {
      output = inflateCapped(data, Math.min(LIMITS.maxEntryBytes, remaining), entry.name);
    } else {
      throw new StudioError('UNSUPPORTED_FORMAT', `Part of this archive (${entry.name}) uses a compression method Dramatis cannot read.`);
    }
    if (crc32(output) !== entry.crc32) throw corruptZip();
    if (output.length > RATIO_CHECK_FLOOR && output.length / Math.max(1, data.length) > LIMITS.maxCompressionRatio) throw bomb(entry.name);
    this.inflatedTotal += output.length;
    return output;
  }

  private checkDeclaredSize(entry: ZipEntry, remaining: number): void {
    const size = entry.uncompressedSize;
    if (size > LIMITS.maxEntryBytes) {
      throw new StudioError(
        'TOO_LARGE',
        `Part of this archive (${entry.name}) would unpack to ${mb(size)} MB, more than the ${mb(LIMITS.maxEntryBytes)} MB Dramatis reads from one part; the file may be a zip bomb.`,
      );
    }
    if (size > RATIO_CHECK_FLOOR && size / Math.max(1, entry.compressedSize) > LIMITS.maxCompressionRatio) throw bomb(entry.name);
    if (size > remaining) {
      throw new StudioError('TOO_LARGE', `This archive unpacks to more than ${mb(LIMITS.maxInflatedBytes)} MB, more than Dramatis reads from one book.`);
    }
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const p = entry.localHeaderOffset;
    if (p + LOCAL_HEADER_SIZE > view.byteLength || view.getUint32(p, true) !== LOCAL_HEADER_SIGNATURE) throw corruptZip();
    const start = p + LOCAL_HEADER_SIZE + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
    const end = start + entry.compressedSize;
    if (end > view.byteLength) throw corruptZip();
    return this.bytes.subarray(start, end);
  }
}

function bomb(name: string): StudioError {
  return new StudioError(
    'TOO_LARGE',
    `Part of this archive (${name}) is compressed more than ${LIMITS.maxCompressionRatio} to 1, the mark of a zip bomb; Dramatis does not unpack it.`,
  );
}

function inflateCapped(data: Uint8Array, cap: number, name: string): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (error) {
    if (error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')) {
      throw new StudioError(
        'TOO_LARGE',
        `Part of this archive (${name}) unpacks to more than ${mb(cap)} MB, more than it declares; the file may be a zip bomb.`,
      );
    }
    throw corruptZip();
  }
}
