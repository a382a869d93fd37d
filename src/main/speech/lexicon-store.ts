import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import { checkLexiconEntry, lexiconKey, type LexiconEntry, type LexiconKind } from './lexicon';

/** A lexicon entry as the project holds it. */
export interface StoredLexiconEntry extends LexiconEntry {
  id: number;
  createdAt: string;
}

interface LexiconRow {
  id: number;
  grapheme: string;
  kind: LexiconKind;
  value: string;
  case_sensitive: number;
  created_at: string;
}

export interface LexiconImportResult {
  added: number;
  updated: number;
  removed: number;
}

const COLUMNS = 'id, grapheme, kind, value, case_sensitive, created_at';

const toEntry = (row: LexiconRow): StoredLexiconEntry => ({
  id: row.id,
  grapheme: row.grapheme,
  kind: row.kind,
  value: row.value,
  caseSensitive: row.case_sensitive === 1,
  createdAt: row.created_at,
});

const plain = (e: LexiconEntry): LexiconEntry => ({ grapheme: e.grapheme, kind: e.kind, value: e.value, caseSensitive: e.caseSensitive });

function recordEdit(db: Database.Database, kind: string, payload: unknown): void {
  db.prepare('INSERT INTO edits (at, kind, payload) VALUES (?, ?, ?)').run(new Date().toISOString(), kind, JSON.stringify(payload));
}

/** The project's lexicon, alphabetically. */
export function listLexicon(db: Database.Database): StoredLexiconEntry[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM lexicon ORDER BY lower(grapheme), grapheme, id`).all() as LexiconRow[];
  return rows.map(toEntry);
}

function byKey(db: Database.Database, key: string): StoredLexiconEntry | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM lexicon WHERE match_key = ?`).get(key) as LexiconRow | undefined;
  return row ? toEntry(row) : null;
}

function byId(db: Database.Database, id: number): StoredLexiconEntry {
  const row = db.prepare(`SELECT ${COLUMNS} FROM lexicon WHERE id = ?`).get(id) as LexiconRow | undefined;
  if (!row) throw new StudioError('NOT_FOUND', `There is no pronunciation ${id} in this project’s lexicon.`);
  return toEntry(row);
}

/** Inserts the entry, or replaces the pronunciation of the same word. Returns it as stored. */
function upsert(db: Database.Database, entry: LexiconEntry): { stored: StoredLexiconEntry; before: StoredLexiconEntry | null } {
  const key = lexiconKey(entry);
  const before = byKey(db, key);
  if (before) {
    db.prepare('UPDATE lexicon SET grapheme = ?, kind = ?, value = ? WHERE id = ?').run(entry.grapheme, entry.kind, entry.value, before.id);
    return { stored: byId(db, before.id), before };
  }
  const row = db
    .prepare(
      `INSERT INTO lexicon (grapheme, kind, value, case_sensitive, match_key, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    )
    .get(entry.grapheme, entry.kind, entry.value, entry.caseSensitive ? 1 : 0, key, new Date().toISOString()) as LexiconRow;
  return { stored: toEntry(row), before: null };
}

/** Adds a pronunciation, or changes the one the project has for the same word. One edit. */
export function saveLexiconEntry(db: Database.Database, entry: LexiconEntry): StoredLexiconEntry {
  const checked = checkLexiconEntry(entry);
  return db.transaction(() => {
    const { stored, before } = upsert(db, checked);
    recordEdit(db, 'lexicon.save', { before: before ? plain(before) : null, after: plain(stored) });
    return stored;
  })();
}

/** Rewrites one entry, word included. Refused when another entry already holds the new word. */
export function updateLexiconEntry(db: Database.Database, id: number, entry: LexiconEntry): StoredLexiconEntry {
  const checked = checkLexiconEntry(entry);
  return db.transaction(() => {
    const before = byId(db, id);
    const key = lexiconKey(checked);
    const clash = byKey(db, key);
    if (clash && clash.id !== id) {
      throw new StudioError('INVALID_LEXICON', `The lexicon already has a pronunciation for “${clash.grapheme}”; change that one instead.`);
    }
    db.prepare('UPDATE lexicon SET grapheme = ?, kind = ?, value = ?, case_sensitive = ?, match_key = ? WHERE id = ?').run(
      checked.grapheme, checked.kind, checked.value, checked.caseSensitive ? 1 : 0, key, id,
    );
    const after = byId(db, id);
    recordEdit(db, 'lexicon.update', { id, before: plain(before), after: plain(after) });
    return after;
  })();
}

export function deleteLexiconEntry(db: Database.Database, id: number): void {
  db.transaction(() => {
    const before = byId(db, id);
    db.prepare('DELETE FROM lexicon WHERE id = ?').run(id);
    recordEdit(db, 'lexicon.delete', { id, before: plain(before) });
  })();
}

/**
 * Adds many entries in one edit (a PLS import): `merge` keeps the other entries and replaces the
 * pronunciation of words already there; `replace` leaves exactly the imported ones. Every entry is
 * checked before anything is written.
 */
export function importLexicon(db: Database.Database, entries: readonly LexiconEntry[], mode: 'merge' | 'replace'): LexiconImportResult {
  const checked = entries.map(checkLexiconEntry);
  return db.transaction(() => {
    const result: LexiconImportResult = { added: 0, updated: 0, removed: 0 };
    const previous = listLexicon(db).map(plain);
    const keep = new Set<string>();
    for (const entry of checked) {
      const { before } = upsert(db, entry);
      keep.add(lexiconKey(entry));
      if (!before) result.added++;
      else if (before.kind !== entry.kind || before.value !== entry.value || before.grapheme !== entry.grapheme) result.updated++;
    }
    if (mode === 'replace') {
      const stale = previous.filter((e) => !keep.has(lexiconKey(e)));
      const remove = db.prepare('DELETE FROM lexicon WHERE match_key = ?');
      for (const e of stale) remove.run(lexiconKey(e));
      result.removed = stale.length;
    }
    recordEdit(db, 'lexicon.import', { mode, before: previous, ...result });
    return result;
  })();
}
