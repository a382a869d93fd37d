import type Database from 'better-sqlite3';
import { DEFAULT_VOICE_SETTINGS } from '../../shared/voices';
import { narratorId } from '../script/segment-records';
import type { VoiceChoice } from '../voices/casting/casting-types';
import { readCharacterVoices, readSegmentVoices } from '../voices/casting/casting-store';
import { bcp47ToEspeak } from '../voices/engines/espeak/espeak-language';
import type { RenderItem } from './render-chapters';

/** The voice every line gets when nothing is cast: eSpeak NG in the book's language, no download needed. */
export function defaultVoice(language: string): VoiceChoice {
  return { voice: { engine: 'espeak', voice: bcp47ToEspeak(language) || 'en' }, settings: { ...DEFAULT_VOICE_SETTINGS } };
}

/**
 * Who reads what, from the cast stored in the project: a segment's own voice first, then the voice
 * of its speaker, then the narrator's (titles, narration, and lines of characters not cast), then
 * the default voice.
 */
export class CastVoices {
  readonly narratorVoice: VoiceChoice;
  private readonly characters: Map<number, VoiceChoice>;
  private readonly segments = new Map<number, Map<number, VoiceChoice>>();

  constructor(
    private readonly db: Database.Database,
    language: string,
  ) {
    this.characters = new Map(readCharacterVoices(db).map((v) => [v.characterId, v.choice]));
    this.narratorVoice = this.characters.get(narratorId(db)) ?? defaultVoice(language);
  }

  voiceFor(item: RenderItem): VoiceChoice {
    if (item.ref.kind === 'segment') {
      const own = this.segmentVoices(item.chapterId).get(item.ref.segmentId);
      if (own) return own;
    }
    return (item.kind !== 'title' && item.speakerId !== null ? this.characters.get(item.speakerId) : undefined) ?? this.narratorVoice;
  }

  private segmentVoices(chapterId: number): Map<number, VoiceChoice> {
    let found = this.segments.get(chapterId);
    if (!found) {
      found = readSegmentVoices(this.db, chapterId);
      this.segments.set(chapterId, found);
    }
    return found;
  }
}
