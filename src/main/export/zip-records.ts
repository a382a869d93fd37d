/**
 * The records of a zip archive without Zip64 (APPNOTE 4.3.7, 4.3.12, 4.3.16): a local header
 * before each entry's data, a central directory header per entry, and the end record.
 */

export const LOCAL_HEADER_SIZE = 30;
export const STORED = 0;
export const DEFLATED = 8;
/** General purpose flag 11: the name is UTF-8. */
export const UTF8_NAMES = 0x0800;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIZE = 46;
const END_SIZE = 22;

export interface ZipEntryRecord {
  /** The name, encoded (UTF-8 when `flags` has UTF8_NAMES). */
  name: Uint8Array;
  /** The version needed to extract: 10 for stored, 20 for deflated. */
  version: number;
  flags: number;
  method: number;
  /** MS-DOS time and date. */
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

export function localHeader(entry: ZipEntryRecord): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_SIZE + entry.name.length);
  header.writeUInt32LE(LOCAL_HEADER_SIGNATURE, 0);
  header.writeUInt16LE(entry.version, 4);
  writeEntryFields(header, entry, 6);
  // No extra field: OCF forbids one on `mimetype`, and nothing else needs one.
  header.writeUInt16LE(0, 28);
  header.set(entry.name, LOCAL_HEADER_SIZE);
  return header;
}

export function centralHeader(entry: ZipEntryRecord): Buffer {
  const header = Buffer.alloc(CENTRAL_HEADER_SIZE + entry.name.length);
  header.writeUInt32LE(CENTRAL_HEADER_SIGNATURE, 0);
  // "Made by" the same version as needed, with MS-DOS attributes (upper byte 0).
  header.writeUInt16LE(entry.version, 4);
  header.writeUInt16LE(entry.version, 6);
  writeEntryFields(header, entry, 8);
  header.writeUInt32LE(entry.offset, 42);
  header.set(entry.name, CENTRAL_HEADER_SIZE);
  return header;
}

export function endRecord(entryCount: number, directorySize: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(END_SIZE);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(entryCount, 8);
  end.writeUInt16LE(entryCount, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

/** Flags to name length: the run both headers share, at `at` in each. */
function writeEntryFields(header: Buffer, entry: ZipEntryRecord, at: number): void {
  header.writeUInt16LE(entry.flags, at);
  header.writeUInt16LE(entry.method, at + 2);
  header.writeUInt16LE(entry.time, at + 4);
  header.writeUInt16LE(entry.date, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.compressedSize, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}
