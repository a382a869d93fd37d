/**
 * Where a file's audio is cut into blocks that are encoded once each and joined without re-encoding:
 * in the middle of the pause before a paragraph, never inside a line, so every join lies in room
 * tone. Cuts are anchored on the lines themselves (a hash of the line's id picks about one
 * paragraph in three), not on running time alone, so an edit that makes one line longer or shorter
 * moves the cuts of its own block at most, and every other block keeps its exact audio.
 */
import { createHash } from 'node:crypto';

export interface BlockSegment {
  id: string;
  /** Seconds from the start of the file. */
  start: number;
  end: number;
  paragraphStart?: boolean;
}

export interface BlockRange {
  /** Sample range [start, end) of the file at its sample rate. */
  start: number;
  end: number;
}

export interface BlockSizes {
  /** No cut before this much audio since the last one. */
  minSeconds: number;
  /** Past this, the next pause between lines is cut whatever the line. */
  maxSeconds: number;
  /** One paragraph start in `anchorEvery` (by the hash of its line's id) is a cut. */
  anchorEvery: number;
}

export const DEFAULT_BLOCK_SIZES: BlockSizes = { minSeconds: 15, maxSeconds: 75, anchorEvery: 3 };

function isAnchor(id: string, every: number): boolean {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % every === 0;
}

export function splitBlocks(segments: readonly BlockSegment[], totalSamples: number, sampleRate: number, sizes: BlockSizes = DEFAULT_BLOCK_SIZES): BlockRange[] {
  const blocks: BlockRange[] = [];
  let start = 0;
  for (let i = 1; i < segments.length; i++) {
    const previous = segments[i - 1]!;
    const next = segments[i]!;
    const cut = Math.round(((previous.end + next.start) / 2) * sampleRate);
    const elapsed = (cut - start) / sampleRate;
    if (cut <= start || cut >= totalSamples || elapsed < sizes.minSeconds) continue;
    if ((next.paragraphStart === true && isAnchor(next.id, sizes.anchorEvery)) || elapsed >= sizes.maxSeconds) {
      blocks.push({ start, end: cut });
      start = cut;
    }
  }
  if (totalSamples > start) blocks.push({ start, end: totalSamples });
  return blocks;
}
