import { creditLines } from '../render/credits';
import type { BookMetadata } from '../render/render-plan';
import type { LexiconMatcher } from '../speech/lexicon-matcher';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import type { VoiceChoice } from '../voices/casting/casting-types';
import type { PreparedItem } from './synthesise-items';

const CREDITS_TITLE = 'Credits';

/** The opening and closing credits (title, author, narrator) as items to synthesise, read by the narrator. */
export function creditItems(
  book: BookMetadata,
  narrator: VoiceChoice,
  language: string,
  lexicon: LexiconMatcher,
  segmentAudio: SegmentAudio,
): { opening: PreparedItem[]; closing: PreparedItem[] } {
  const lines = creditLines(book);
  const items = (part: 'open' | 'close', texts: string[]): PreparedItem[] =>
    texts.map((text, index) => ({
      item: {
        ref: { kind: 'credit', part, index },
        chapterId: 0,
        text,
        kind: 'narration',
        speakerId: null,
        paragraphStart: true,
        sceneBreakBefore: false,
        span: null,
      },
      chapterTitle: CREDITS_TITLE,
      prepared: segmentAudio.prepare({ text, language, voice: narrator.voice, settings: narrator.settings }, lexicon),
    }));
  return { opening: items('open', lines.opening), closing: items('close', lines.closing) };
}
