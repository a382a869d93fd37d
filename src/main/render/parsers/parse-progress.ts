/** FFmpeg's `-progress pipe:1` output: blocks of key=value lines, each closed by `progress=continue|end`. */
export interface FfmpegProgress {
  /** Seconds of output written so far, or null before FFmpeg knows. */
  outTimeSeconds: number | null;
  totalSizeBytes: number | null;
  /** Multiple of real time, e.g. 224 for "224x". */
  speed: number | null;
  done: boolean;
}

function finite(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : null;
}

export function parseProgressBlock(fields: ReadonlyMap<string, string>): FfmpegProgress {
  const micros = finite(fields.get('out_time_us'));
  return {
    outTimeSeconds: micros === null ? null : Math.max(0, micros / 1e6),
    totalSizeBytes: finite(fields.get('total_size')),
    speed: finite(fields.get('speed')?.replace(/x$/, '')),
    done: fields.get('progress') === 'end',
  };
}

/** Feeds arbitrary chunks of the stream; returns the blocks completed by each chunk. */
export class ProgressReader {
  private partial = '';
  private fields = new Map<string, string>();

  push(chunk: string): FfmpegProgress[] {
    const lines = (this.partial + chunk).split('\n');
    this.partial = lines.pop() ?? '';
    const blocks: FfmpegProgress[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      const eq = line.indexOf('=');
      if (eq <= 0) continue;
      const key = line.slice(0, eq);
      this.fields.set(key, line.slice(eq + 1).trim());
      if (key === 'progress') {
        blocks.push(parseProgressBlock(this.fields));
        this.fields = new Map();
      }
    }
    return blocks;
  }
}
