/**
 * The FFmpeg filter graphs of the encodes. Every encode reads assembled raw PCM, applies each
 * input's gain, joins the inputs, resamples to the output rate, limits the peaks and lays the room
 * tone under everything, so the pauses carry the same quiet noise as the head and the tail.
 */
import type { RoomTone } from './render-plan';
import { dbToLinear } from './loudness';

export interface GraphInput {
  /** FFmpeg input index. */
  index: number;
  gainDb: number;
  /** Keep only samples [start, end) of this input (the retail sample). */
  trim?: { start: number; end: number };
}

export interface GraphOptions {
  outputRate: number;
  ceilingDb: number;
  roomTone: RoomTone;
  /** Fade in and out (seconds) over an output of `totalSeconds`. */
  fades?: { inSeconds: number; outSeconds: number; totalSeconds: number };
}

const fixed = (n: number): string => n.toFixed(6).replace(/\.?0+$/, '') || '0';

/** White noise at `levelDb` RMS: uniform noise of amplitude a has an RMS of a / sqrt(3). */
export function roomToneAmplitude(levelDb: number): number {
  return dbToLinear(levelDb) * Math.sqrt(3);
}

/** Returns a `-filter_complex` graph whose output pad is `[out]`. */
export function encodeGraph(inputs: GraphInput[], options: GraphOptions): string {
  if (inputs.length === 0) throw new RangeError('an encode needs at least one input');
  const chains = inputs.map((input, i) => {
    const trim = input.trim ? `atrim=start_sample=${input.trim.start}:end_sample=${input.trim.end},asetpts=PTS-STARTPTS,` : '';
    return `[${input.index}:a]${trim}volume=${fixed(input.gainDb)}dB[g${i}]`;
  });
  const joined = inputs.length === 1 ? '[g0]' : `${inputs.map((_, i) => `[g${i}]`).join('')}concat=n=${inputs.length}:v=0:a=1[joined];[joined]`;
  const limit = fixed(Math.min(1, Math.max(0.0625, dbToLinear(options.ceilingDb))));
  const finish = `aresample=${options.outputRate},alimiter=limit=${limit}:level=0:latency=1`;
  const fades = options.fades ? fadeFilters(options.fades) : '';
  const tone = options.roomTone;
  if (tone.kind === 'silence') return `${chains.join(';')};${joined}${finish}${fades}[out]`;
  const noise = `anoisesrc=a=${fixed(roomToneAmplitude(tone.levelDb))}:r=${options.outputRate}:c=white:seed=1[tone]`;
  return `${chains.join(';')};${joined}${finish}[speech];${noise};[speech][tone]amix=inputs=2:duration=first:normalize=0${fades}[out]`;
}

function fadeFilters({ inSeconds, outSeconds, totalSeconds }: { inSeconds: number; outSeconds: number; totalSeconds: number }): string {
  const outStart = Math.max(0, totalSeconds - outSeconds);
  return `,afade=t=in:st=0:d=${fixed(inSeconds)},afade=t=out:st=${fixed(outStart)}:d=${fixed(outSeconds)}`;
}
