import type Database from 'better-sqlite3';
import type { BookMeta } from '../../shared/book';
import { isStudioError } from '../../shared/errors';
import type { EngineId } from '../../shared/voices';
import { locateOverrides, readEpubPronunciations, type PhonemeOverride } from '../speech/epub-pronunciations';
import { listLexicon } from '../speech/lexicon-store';
import { LexiconMatcher } from '../speech/lexicon-matcher';
import type { SegmentAudio } from '../voices/segment-audio/segment-audio';
import { CastVoices } from './cast-voices';
import type { RenderChapter } from './render-chapters';
import type { PreparedItem } from './synthesise-items';

export interface PreparedBook {
  items: PreparedItem[];
  /** The engines the prepared items speak with. */
  engines: EngineId[];
  voices: CastVoices;
  lexicon: LexiconMatcher;
}

const overridesOf = new WeakMap<Database.Database, PhonemeOverride[]>();

/** The `ssml:ph` pronunciations of an EPUB book's text, read once per open project (the source never changes). */
function bookOverrides(db: Database.Database, book: BookMeta): PhonemeOverride[] {
  if (book.format !== 'epub') return [];
  let found = overridesOf.get(db);
  if (!found) {
    const row = db.prepare('SELECT bytes FROM source_file WHERE id = 1').get() as { bytes: Buffer } | undefined;
    try {
      found = row ? readEpubPronunciations(new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength)).overrides : [];
    } catch (error) {
      if (!isStudioError(error)) throw error;
      found = [];
    }
    overridesOf.set(db, found);
  }
  return found;
}

/**
 * Every item of the chapters with its voice from the cast and its speech prepared (normalised,
 * lexicon applied, the book's own `ssml:ph` phonemes kept, cache key computed). Nothing is
 * synthesised here.
 */
export function prepareItems(db: Database.Database, chapters: readonly RenderChapter[], book: BookMeta, segmentAudio: SegmentAudio): PreparedBook {
  const { language } = book;
  const voices = new CastVoices(db, language);
  const lexicon = new LexiconMatcher(listLexicon(db), language);
  const overrides = bookOverrides(db, book);
  const engines = new Set<EngineId>();
  const items: PreparedItem[] = [];
  for (const chapter of chapters) {
    for (const item of chapter.items) {
      const { voice, settings } = voices.voiceFor(item);
      engines.add(voice.engine);
      const phonemes = item.span && overrides.length > 0 ? locateOverrides(item.text, item.span, overrides) : [];
      const line = { text: item.text, language, voice, settings, ...(phonemes.length > 0 ? { phonemes } : {}) };
      items.push({ item, chapterTitle: chapter.title, prepared: segmentAudio.prepare(line, lexicon) });
    }
  }
  return { items, engines: [...engines], voices, lexicon };
}
