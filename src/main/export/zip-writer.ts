import { createReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import { StudioError } from '../../shared/errors';
import { DEFLATED, LOCAL_HEADER_SIZE, STORED, UTF8_NAMES, centralHeader, endRecord, localHeader, type ZipEntryRecord } from './zip-records';
/** Without Zip64 (which some reading systems lack) sizes, offsets and counts have these ceilings. */
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

export interface ZipWriterOptions {
  /** The modification time stamped on every entry; now by default. */
  modified?: Date;
}

const tooLarge = (): StudioError =>
  new StudioError('TOO_LARGE', 'The book would be larger than 4 GB or hold more than 65,535 files, more than a plain zip archive can hold.');

/**
 * Writes a zip archive to a file, one entry after another, in the order they are added (an EPUB
 * needs `mimetype` first and stored). Entries are stored or deflated; big files are streamed from
 * disk and stored, so an audiobook's audio never sits in memory whole. No Zip64: an archive past
 * its limits is refused rather than written in a form some readers cannot open.
 */
export class ZipWriter {
  private readonly entries: ZipEntryRecord[] = [];
  private readonly names = new Set<string>();
  private offset = 0;
  private closed = false;
  private readonly time: number;
  private readonly date: number;

  private constructor(
    private readonly file: FileHandle,
    modified: Date,
  ) {
    ({ time: this.time, date: this.date } = dosDateTime(modified));
  }

  static async create(path: string, options: ZipWriterOptions = {}): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'wx'), options.modified ?? new Date());
  }

  /** Adds an entry from memory; `compress` deflates it unless deflating would not make it smaller. */
  async addBytes(name: string, data: Uint8Array, options: { compress: boolean }): Promise<void> {
    const deflated = options.compress && data.length > 0 ? deflateRawSync(data) : null;
    const useDeflate = deflated !== null && deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const entry = this.begin(name, useDeflate ? DEFLATED : STORED, crc32(data), body.length, data.length);
    await this.write(localHeader(entry));
    await this.write(body);
  }

  /** Adds a file from disk, stored: its CRC is read first so that the local header is complete. */
  async addFile(name: string, path: string): Promise<void> {
    const { size } = await stat(path);
    let crc = 0;
    let seen = 0;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      seen += chunk.length;
    }
    if (seen !== size) throw new StudioError('RENDER_FAILED', `The file ${path} changed while it was being added to the book.`);
    const entry = this.begin(name, STORED, crc, size, size);
    await this.write(localHeader(entry));
    let copied = 0;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      copied += chunk.length;
      await this.write(chunk);
    }
    if (copied !== size) throw new StudioError('RENDER_FAILED', `The file ${path} changed while it was being added to the book.`);
  }

  /** Writes the central directory and closes the file. */
  async close(): Promise<void> {
    this.ensureOpen();
    const directoryOffset = this.offset;
    for (const entry of this.entries) await this.write(centralHeader(entry));
    const directorySize = this.offset - directoryOffset;
    if (this.offset > MAX_32) throw tooLarge();
    await this.write(endRecord(this.entries.length, directorySize, directoryOffset));
    this.closed = true;
    await this.file.close();
  }

  /** Closes the file without finishing the archive (the caller deletes it). */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.file.close();
  }

  private begin(name: string, method: number, crc: number, compressedSize: number, size: number): ZipEntryRecord {
    this.ensureOpen();
    if (!isPlainEntryName(name)) throw new Error(`Not a relative zip entry name: ${name}`);
    if (this.names.has(name)) throw new Error(`The archive already holds ${name}`);
    if (this.entries.length >= MAX_ENTRIES || size > MAX_32 || this.offset + LOCAL_HEADER_SIZE + name.length * 3 + compressedSize > MAX_32) throw tooLarge();
    this.names.add(name);
    const encoded = Buffer.from(name, 'utf8');
    const entry: ZipEntryRecord = {
      name: encoded,
      // 1.0 for stored entries, 2.0 for deflated ones.
      version: method === DEFLATED ? 20 : 10,
      flags: /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_NAMES,
      method,
      time: this.time,
      date: this.date,
      crc,
      compressedSize,
      size,
      offset: this.offset,
    };
    this.entries.push(entry);
    return entry;
  }

  private async write(bytes: Uint8Array): Promise<void> {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await this.file.write(bytes, done, bytes.length - done, this.offset);
      done += bytesWritten;
      this.offset += bytesWritten;
    }
  }

  private ensureOpen(): void {
    if (this.closed) throw new Error('The zip archive is already closed');
  }
}

/** Forward slashes, no leading slash, no `.` or `..` step, no empty step. */
function isPlainEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 0xffff / 3) return false;
  return name.split('/').every((step) => step !== '' && step !== '.' && step !== '..' && !step.includes('\\'));
}

/** MS-DOS time and date in local time, as zip tools read them; 1980 is the earliest it can say. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, at.getFullYear()));
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}
