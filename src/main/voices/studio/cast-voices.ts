import type Database from 'better-sqlite3';
import type { VoiceChoice } from '../../../shared/requests/voice-requests';
import { DEFAULT_VOICE_SETTINGS } from '../../../shared/voices';
import { readCharacterVoices, readSegmentVoices } from '../casting/casting-store';
import { bcp47ToEspeak } from '../engines/espeak/espeak-language';

/** The language voices are chosen for: the book's, or English for a book that names none (as it is read). */
export function castingLanguage(bookLanguage: string): string {
  return bookLanguage.trim() || 'en';
}

/** The voice every line gets when nothing is cast: eSpeak NG in the book's language, no download needed. */
export function defaultVoiceFor(language: string): VoiceChoice {
  return { voice: { engine: 'espeak', voice: bcp47ToEspeak(language) || 'en' }, settings: { ...DEFAULT_VOICE_SETTINGS } };
}

/** The cast as voices: the narrator's (a character like the others) and each cast character's. */
export class CastVoiceMap {
  readonly narratorId: number | null;
  readonly narrator: VoiceChoice;
  readonly defaultVoice: VoiceChoice;
  private readonly characters: Map<number, VoiceChoice>;

  constructor(db: Database.Database, language: string) {
    this.characters = new Map(readCharacterVoices(db).map((v) => [v.characterId, v.choice]));
    const narrator = db.prepare('SELECT id FROM characters WHERE narrator = 1').get() as { id: number } | undefined;
    this.narratorId = narrator?.id ?? null;
    this.defaultVoice = defaultVoiceFor(language);
    this.narrator = (this.narratorId !== null && this.characters.get(this.narratorId)) || this.defaultVoice;
  }

  /** A speaker's voice: their own, else the narrator's (narration, unknown speakers, the uncast). */
  forSpeaker(speakerId: number | null): VoiceChoice {
    return (speakerId !== null && this.characters.get(speakerId)) || this.narrator;
  }

  /** A line's voice: the author's voice for that line first, then its speaker's. */
  forSegment(db: Database.Database, segment: { id: number; chapterId: number; speakerId: number | null }): VoiceChoice {
    return readSegmentVoices(db, segment.chapterId).get(segment.id) ?? this.forSpeaker(segment.speakerId);
  }
}
