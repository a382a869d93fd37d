import { useMemo } from 'react';
import type { AuditionClip } from '../../../../shared/requests/voice-requests';
import { useAuditionStore } from './audition-store';
import { indexAt, wordPieces } from './word-spans';

/** The words of the clip as written, the one being heard highlighted. Book text is text. */
export function ClipText({ clip }: { clip: AuditionClip }) {
  const position = useAuditionStore((s) => s.position);
  const playing = useAuditionStore((s) => s.playing);
  const pieces = useMemo(() => clip.segments.map((segment) => wordPieces(segment, clip.words)), [clip]);
  const sample = position * clip.sampleRate;
  const live = playing || position > 0;
  const word = live ? indexAt(clip.words, sample) : -1;
  const line = live ? indexAt(clip.segments, sample) : -1;
  return (
    <div className="clip-text" aria-label="What is heard">
      {clip.segments.map((segment, i) => (
        <p key={`${segment.segmentId ?? 'line'}-${i}`} className={i === line && clip.segments.length > 1 ? 'clip-text__line clip-text__line--current' : 'clip-text__line'}>
          {segment.speaker && <span className="clip-text__speaker">{segment.speaker}: </span>}
          {pieces[i]!.map((piece, j) =>
            piece.word === null ? (
              <span key={j}>{piece.text}</span>
            ) : (
              <span key={j} className={piece.word === word ? 'clip-text__word clip-text__word--current' : 'clip-text__word'}>
                {piece.text}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
