import type Database from 'better-sqlite3';
import type { BookLexiconImport, LexiconEntryView, LexiconImportReport } from '../../../shared/requests/voice-requests';
import { decodeXmlBytes } from '../../import/zip/decode-xml-bytes';
import { overridesAsLexicon } from '../../speech/epub-pronunciations';
import { checkLexiconEntry, lexiconKey, type LexiconEntry } from '../../speech/lexicon';
import { importLexicon, listLexicon } from '../../speech/lexicon-store';
import { LexiconMatcher } from '../../speech/lexicon-matcher';
import { parsePls, writePls } from '../../speech/pls';
import { requireBookPronunciations } from './book-pronunciations';

export function lexiconEntries(db: Database.Database): LexiconEntryView[] {
  return listLexicon(db);
}

/** Reads a PLS file into the lexicon: `merge` keeps the other entries, `replace` keeps only the file's. */
export function importPlsBytes(db: Database.Database, bytes: Uint8Array, mode: 'merge' | 'replace'): LexiconImportReport {
  const pls = parsePls(decodeXmlBytes(bytes));
  const result = importLexicon(db, pls.entries, mode);
  return { ...result, skipped: pls.skipped, warnings: [], entries: listLexicon(db) };
}

export function exportPlsBytes(db: Database.Database, language: string): Uint8Array {
  return new TextEncoder().encode(writePls(listLexicon(db), language));
}

/**
 * The book's pronunciations as lexicon entries: every PLS lexicon of the EPUB, and the `ssml:ph`
 * phonemes said the same way wherever their text occurs. The others stay in the book and are
 * honoured in place whenever their line is spoken.
 */
export function importBookLexicon(db: Database.Database, mode: 'merge' | 'replace'): BookLexiconImport {
  const book = requireBookPronunciations(db);
  const fromLexicons = book.lexicons.flatMap((l) => l.entries);
  const taken = new Set(fromLexicons.map(lexiconKey));
  // A PLS entry is the book's considered pronunciation; an inline one of the same word yields to it.
  const fromText = overridesAsLexicon(book.overrides).filter((e) => !taken.has(lexiconKey(e)));
  const result = importLexicon(db, [...fromLexicons, ...fromText], mode);
  return {
    ...result,
    skipped: book.lexicons.flatMap((l) => l.skipped),
    warnings: book.warnings,
    entries: listLexicon(db),
    lexicons: book.lexicons.map((l) => l.path),
    phonemeOverrides: book.overrides.length,
  };
}

/**
 * The project's lexicon with `draft` in it, saved or not, replacing the project's entry for the same
 * word: what a pronunciation will sound like before the author keeps it.
 */
export function lexiconWith(db: Database.Database, draft: LexiconEntry, language: string): { matcher: LexiconMatcher; entry: LexiconEntry } {
  const entry = checkLexiconEntry(draft);
  const key = lexiconKey(entry);
  const entries = listLexicon(db).filter((e) => lexiconKey(e) !== key);
  return { matcher: new LexiconMatcher([...entries, entry], language), entry };
}
