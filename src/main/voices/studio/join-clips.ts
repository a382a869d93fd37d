import type { ClipSegment } from '../../../shared/requests/voice-requests';
import type { WordTiming } from '../../../shared/voices';
import { resampleBy } from '../engines/audio/resample';

export interface ClipPiece {
  samples: Float32Array;
  sampleRate: number;
  words?: readonly WordTiming[];
  segment: Omit<ClipSegment, 'startSample' | 'endSample'>;
}

export interface JoinedClip {
  samples: Float32Array;
  sampleRate: number;
  words: WordTiming[];
  segments: ClipSegment[];
}

/**
 * Lines one after another with a pause between them, as one clip at the highest rate among them (a
 * cast can mix engines of different rates); word and segment timings move with their audio.
 */
export function joinClips(pieces: readonly ClipPiece[], gapSeconds: number): JoinedClip {
  const sampleRate = Math.max(1, ...pieces.map((p) => p.sampleRate));
  const gap = Math.round(gapSeconds * sampleRate);
  const audio = pieces.map((piece) => (piece.sampleRate === sampleRate || piece.samples.length === 0 ? piece.samples : resampleBy(piece.samples, piece.sampleRate / sampleRate)));
  const total = audio.reduce((sum, a) => sum + a.length, 0) + gap * Math.max(0, pieces.length - 1);
  const samples = new Float32Array(total);
  const words: WordTiming[] = [];
  const segments: ClipSegment[] = [];
  let at = 0;
  pieces.forEach((piece, i) => {
    const scale = sampleRate / piece.sampleRate;
    const own = audio[i]!;
    samples.set(own, at);
    for (const word of piece.words ?? []) {
      words.push({ text: word.text, startSample: at + Math.round(word.startSample * scale), endSample: at + Math.round(word.endSample * scale) });
    }
    segments.push({ ...piece.segment, startSample: at, endSample: at + own.length });
    at += own.length + (i < pieces.length - 1 ? gap : 0);
  });
  return { samples, sampleRate, words, segments };
}
