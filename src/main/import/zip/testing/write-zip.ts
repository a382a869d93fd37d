import { crc32, deflateRawSync } from 'node:zlib';
import { DEFLATED, STORED, UTF8_NAMES, centralHeader, endRecord, localHeader, type ZipEntryRecord } from '../../../export/zip-records';

export interface ZipFixtureEntry {
  name: string;
  data: string | Uint8Array;
  /** Stored by default for `mimetype`, deflated otherwise. */
  store?: boolean;
  /** Writes this uncompressed size instead of the true one, to test archives that lie. */
  declaredSize?: number;
}

/** Builds a small zip archive in memory, for tests that need EPUB or DOCX fixtures of their own. */
export function writeZip(entries: readonly ZipFixtureEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const store = entry.store ?? entry.name === 'mimetype';
    const body = store ? raw : deflateRawSync(raw);
    const record: ZipEntryRecord = {
      name: Buffer.from(entry.name, 'utf8'),
      version: 20,
      flags: UTF8_NAMES,
      method: store ? STORED : DEFLATED,
      time: 0,
      date: 0,
      crc: crc32(raw),
      compressedSize: body.length,
      size: entry.declaredSize ?? raw.length,
      offset,
    };
    const local = localHeader(record);
    locals.push(local, body);
    centrals.push(centralHeader(record));
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  return new Uint8Array(Buffer.concat([...locals, directory, endRecord(entries.length, directory.length, offset)]));
}
