/** Walks the frames of a raw AAC stream in ADTS framing: how many there are and how many samples they decode to. */
export interface AdtsSummary {
  frames: number;
  samples: number;
}

const SAMPLES_PER_RAW_BLOCK = 1024;

export function parseAdtsFrames(bytes: Uint8Array): AdtsSummary {
  let at = 0;
  let frames = 0;
  let samples = 0;
  while (at + 7 <= bytes.length) {
    if (bytes[at] !== 0xff || (bytes[at + 1]! & 0xf6) !== 0xf0) break;
    const length = ((bytes[at + 3]! & 0x03) << 11) | (bytes[at + 4]! << 3) | (bytes[at + 5]! >> 5);
    if (length < 7 || at + length > bytes.length) break;
    frames++;
    samples += ((bytes[at + 6]! & 0x03) + 1) * SAMPLES_PER_RAW_BLOCK;
    at += length;
  }
  return { frames, samples };
}
