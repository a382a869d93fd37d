import yauzl, { type Entry } from 'yauzl';

/** One entry of an archive as yauzl reads it back: its central-directory record and its bytes. */
export interface ReadEntry {
  entry: Entry;
  bytes: Buffer;
}

/**
 * Reads every entry of a zip file with yauzl, an independent reader, in central-directory order.
 * yauzl checks sizes but not CRCs, so callers compare `entry.crc32` themselves.
 */
export function readZip(path: string): Promise<ReadEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('yauzl opened nothing'));
      const out: ReadEntry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`no stream for ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            out.push({ entry, bytes: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
