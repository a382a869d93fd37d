import type Database from 'better-sqlite3';
import type { VoiceChoice } from '../voices/casting/casting-types';
import { readSegmentVoices } from '../voices/casting/casting-store';
import { CastVoiceMap } from '../voices/studio/cast-voices';
import type { RenderItem } from './render-chapters';

/**
 * Who reads what in a render, by the same rule as audition (so an auditioned line is already in the
 * cache): a segment's own voice, then its speaker's, then the narrator's (titles, narration and the
 * uncast), then eSpeak NG in the book's language. A segment's own voices are read once per chapter.
 */
export class CastVoices {
  private readonly cast: CastVoiceMap;
  private readonly segments = new Map<number, Map<number, VoiceChoice>>();

  constructor(
    private readonly db: Database.Database,
    language: string,
  ) {
    this.cast = new CastVoiceMap(db, language);
  }

  get narratorVoice(): VoiceChoice {
    return this.cast.narrator;
  }

  voiceFor(item: RenderItem): VoiceChoice {
    if (item.ref.kind === 'segment') {
      const own = this.segmentVoices(item.chapterId).get(item.ref.segmentId);
      if (own) return own;
    }
    return item.kind === 'title' ? this.cast.narrator : this.cast.forSpeaker(item.speakerId);
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
