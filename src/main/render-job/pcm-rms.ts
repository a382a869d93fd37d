import { open } from 'node:fs/promises';
import { cancelled } from '../render/ffmpeg-process';

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * The RMS level (dB) of raw mono float32 samples, as FFmpeg's astats reports `RMS_level`:
 * 20·log10(√(Σx²/n)), summed in double precision. An RMS target needs only this, and reading the
 * assembled file once here is a fraction of an FFmpeg pass that computes every other statistic too.
 */
export async function rmsOfPcmFile(path: string, signal?: AbortSignal): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let sum = 0;
    let count = 0;
    let carry = 0;
    for (;;) {
      if (signal?.aborted) throw cancelled();
      const { bytesRead } = await handle.read(buffer, carry, CHUNK_BYTES - carry, null);
      const available = carry + bytesRead;
      const whole = available - (available % 4);
      const samples = new Float32Array(buffer.buffer, buffer.byteOffset, whole / 4);
      for (let i = 0; i < samples.length; i++) {
        const x = samples[i]!;
        sum += x * x;
      }
      count += samples.length;
      carry = available - whole;
      if (carry > 0) buffer.copy(buffer, 0, whole, available);
      if (bytesRead === 0) break;
    }
    return count === 0 ? -Infinity : 10 * Math.log10(sum / count);
  } finally {
    await handle.close();
  }
}
