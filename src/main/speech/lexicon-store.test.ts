import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../project/migrations';
import { refusalCode } from '../testing/refusals';
import { deleteLexiconEntry, importLexicon, listLexicon, saveLexiconEntry, updateLexiconEntry } from './lexicon-store';

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
});

afterEach(() => db.close());

const edits = (): Array<{ kind: string; payload: unknown }> =>
  (db.prepare('SELECT kind, payload FROM edits ORDER BY id').all() as Array<{ kind: string; payload: string }>).map((r) => ({
    kind: r.kind,
    payload: JSON.parse(r.payload),
  }));

describe('lexicon store', () => {
  it('saves entries, lists them alphabetically and records each edit', () => {
    const weasley = saveLexiconEntry(db, { grapheme: 'Weasley', kind: 'alias', value: 'Weez-lee', caseSensitive: false });
    saveLexiconEntry(db, { grapheme: ' Hermione ', kind: 'phoneme', value: 'hɜːˈmaɪəni', caseSensitive: true });
    expect(weasley.id).toBeGreaterThan(0);
    expect(weasley.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(listLexicon(db).map((e) => [e.grapheme, e.kind, e.value, e.caseSensitive])).toEqual([
      ['Hermione', 'phoneme', 'hɜːˈmaɪəni', true],
      ['Weasley', 'alias', 'Weez-lee', false],
    ]);
    expect(edits().map((e) => e.kind)).toEqual(['lexicon.save', 'lexicon.save']);
  });

  it('replaces the pronunciation of a word saved again, whatever its case', () => {
    const first = saveLexiconEntry(db, { grapheme: 'Reading', kind: 'phoneme', value: 'ˈriːdɪŋ', caseSensitive: false });
    const second = saveLexiconEntry(db, { grapheme: 'reading', kind: 'phoneme', value: 'ˈrɛdɪŋ', caseSensitive: false });
    expect(second.id).toBe(first.id);
    expect(listLexicon(db).map((e) => [e.grapheme, e.value])).toEqual([['reading', 'ˈrɛdɪŋ']]);
    expect(edits()[1]!.payload).toMatchObject({ before: { value: 'ˈriːdɪŋ' }, after: { value: 'ˈrɛdɪŋ' } });
    saveLexiconEntry(db, { grapheme: 'Reading', kind: 'phoneme', value: 'ˈrɛdɪŋ', caseSensitive: true });
    expect(listLexicon(db)).toHaveLength(2);
  });

  it('updates an entry and refuses to make it a copy of another', () => {
    const a = saveLexiconEntry(db, { grapheme: 'Smaug', kind: 'alias', value: 'Smowg', caseSensitive: false });
    saveLexiconEntry(db, { grapheme: 'Bilbo', kind: 'alias', value: 'Bil-bo', caseSensitive: false });
    const changed = updateLexiconEntry(db, a.id, { grapheme: 'Smaug', kind: 'phoneme', value: 'smaʊɡ', caseSensitive: true });
    expect(changed).toMatchObject({ id: a.id, kind: 'phoneme', value: 'smaʊɡ', caseSensitive: true, createdAt: a.createdAt });
    expect(refusalCode(() => updateLexiconEntry(db, a.id, { grapheme: 'bilbo', kind: 'alias', value: 'x', caseSensitive: false }))).toBe('INVALID_LEXICON');
    expect(refusalCode(() => updateLexiconEntry(db, 999, { grapheme: 'x', kind: 'alias', value: 'y', caseSensitive: false }))).toBe('NOT_FOUND');
    expect(listLexicon(db).find((e) => e.id === a.id)!.value).toBe('smaʊɡ');
  });

  it('deletes an entry, and says so when there is none', () => {
    const a = saveLexiconEntry(db, { grapheme: 'Smaug', kind: 'alias', value: 'Smowg', caseSensitive: false });
    deleteLexiconEntry(db, a.id);
    expect(listLexicon(db)).toEqual([]);
    expect(edits().map((e) => e.kind)).toEqual(['lexicon.save', 'lexicon.delete']);
    expect(refusalCode(() => deleteLexiconEntry(db, a.id))).toBe('NOT_FOUND');
  });

  it('refuses a bad entry without writing anything', () => {
    expect(refusalCode(() => saveLexiconEntry(db, { grapheme: '', kind: 'alias', value: 'x', caseSensitive: false }))).toBe('INVALID_LEXICON');
    expect(listLexicon(db)).toEqual([]);
    expect(edits()).toEqual([]);
  });

  it('imports by merging or replacing, in one edit, and all or nothing', () => {
    saveLexiconEntry(db, { grapheme: 'Smaug', kind: 'alias', value: 'Smowg', caseSensitive: false });
    saveLexiconEntry(db, { grapheme: 'Bilbo', kind: 'alias', value: 'Bil-bo', caseSensitive: false });
    const merged = importLexicon(
      db,
      [
        { grapheme: 'smaug', kind: 'phoneme', value: 'smaʊɡ', caseSensitive: false },
        { grapheme: 'Gandalf', kind: 'phoneme', value: 'ˈɡændɑlf', caseSensitive: false },
      ],
      'merge',
    );
    expect(merged).toEqual({ added: 1, updated: 1, removed: 0 });
    expect(listLexicon(db).map((e) => e.grapheme)).toEqual(['Bilbo', 'Gandalf', 'smaug']);

    expect(refusalCode(() => importLexicon(db, [{ grapheme: 'Frodo', kind: 'alias', value: 'Fro-do', caseSensitive: false }, { grapheme: 'x', kind: 'phoneme', value: '<b>', caseSensitive: false }], 'replace'))).toBe(
      'INVALID_LEXICON',
    );
    expect(listLexicon(db)).toHaveLength(3);

    const replaced = importLexicon(db, [{ grapheme: 'Frodo', kind: 'alias', value: 'Fro-do', caseSensitive: false }], 'replace');
    expect(replaced).toEqual({ added: 1, updated: 0, removed: 3 });
    expect(listLexicon(db).map((e) => e.grapheme)).toEqual(['Frodo']);
    expect(edits().filter((e) => e.kind === 'lexicon.import')).toHaveLength(2);
  });

  it('keeps the table’s own checks: kind and case flag', () => {
    const insert = (kind: string, cs: number): void => {
      db.prepare("INSERT INTO lexicon (grapheme, kind, value, case_sensitive, match_key, created_at) VALUES ('a', ?, 'b', ?, ?, 'now')").run(kind, cs, `${kind}${cs}`);
    };
    expect(() => insert('sound', 0)).toThrow(/CHECK/);
    expect(() => insert('alias', 2)).toThrow(/CHECK/);
  });
});
