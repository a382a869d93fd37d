/**
 * Times in a file joined from blocks. Each block decodes to its encoder delay, its own samples and
 * the padding of its last frame, so a moment of the assembled audio lands later in the joined file
 * by the delays and paddings of the blocks up to it. Joins lie in pauses, so only pauses grow (by
 * about a frame per block); captions, chapter marks and read-along clips are moved to match.
 */
import type { AssembledSegment } from '../assemble-chapter';
import { OUTPUT_RATE } from '../encode-inputs';
import type { BlockCodec } from './block-codec';

export interface PlacedBlock {
  /** Sample range in the assembled part, at its rate. */
  start: number;
  end: number;
  /** Output samples before this block in the joined file. */
  outputStart: number;
  decodedSamples: number;
}

export function placeBlocks(blocks: ReadonlyArray<{ start: number; end: number; decodedSamples: number }>): PlacedBlock[] {
  let outputStart = 0;
  return blocks.map((b) => {
    const placed = { start: b.start, end: b.end, outputStart, decodedSamples: b.decodedSamples };
    outputStart += b.decodedSamples;
    return placed;
  });
}

export function joinedSeconds(blocks: readonly PlacedBlock[]): number {
  return blocks.reduce((n, b) => n + b.decodedSamples, 0) / OUTPUT_RATE;
}

/** Where `seconds` of the assembled part (at `sampleRate`) plays in the joined file. */
export function joinedTime(blocks: readonly PlacedBlock[], codec: BlockCodec, sampleRate: number, seconds: number): number {
  const sample = seconds * sampleRate;
  const block = blocks.find((b) => sample < b.end) ?? blocks.at(-1);
  if (!block) return seconds;
  return (block.outputStart + codec.delaySamples) / OUTPUT_RATE + (sample - block.start) / sampleRate;
}

export function retimeSegments(segments: readonly AssembledSegment[], blocks: readonly PlacedBlock[], codec: BlockCodec, sampleRate: number): AssembledSegment[] {
  const at = (seconds: number): number => joinedTime(blocks, codec, sampleRate, seconds);
  return segments.map((s) => ({
    ...s,
    start: at(s.start),
    end: at(s.end),
    ...(s.sentences ? { sentences: s.sentences.map((t) => ({ text: t.text, start: t.start === null ? null : at(t.start) })) } : {}),
  }));
}
