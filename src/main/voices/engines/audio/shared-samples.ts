/**
 * Sample buffers on a SharedArrayBuffer: a worker's reply is posted without a transfer list, and a
 * shared buffer is the one kind that structured cloning shares instead of copying.
 */
export function sharedSamples(length: number): Float32Array {
  return new Float32Array(new SharedArrayBuffer(length * Float32Array.BYTES_PER_ELEMENT));
}

/** Joins chunks of audio, each followed by `gapAfter[i]` samples of silence. */
export function concatSamples(chunks: readonly Float32Array[], gapAfter: readonly number[] = []): Float32Array {
  const total = chunks.reduce((sum, chunk, i) => sum + chunk.length + (gapAfter[i] ?? 0), 0);
  const out = sharedSamples(total);
  let offset = 0;
  chunks.forEach((chunk, i) => {
    out.set(chunk, offset);
    offset += chunk.length + (gapAfter[i] ?? 0);
  });
  return out;
}
