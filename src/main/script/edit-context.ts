import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { wordCount } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import type { Gender } from '../../shared/script';
import { correctionKey, removeCorrection, writeCorrection, type SourceSpan } from '../project/analysis-store';
import { nextColour } from './colours';
import type { ChangeRecorder } from './row-images';
import type { SegmentRecord } from './segment-records';
import { statement } from './statements';

/** The columns of a segment an edit may set. */
export interface SegmentFields {
  idx: number;
  kind: 'narration' | 'dialogue';
  text: string;
  original_text: string | null;
  start: number;
  end: number;
  speaker_id: number | null;
  confidence: number;
  reason: string | null;
  reviewed: number;
  scene_break: number;
  words: number;
}

/**
 * What an edit works with: the connection, the recorder of the rows it changes (for undo), and the
 * narrator. Every write goes through here so that no changed row escapes the undo history.
 */
export class EditContext {
  constructor(
    readonly db: Database.Database,
    readonly recorder: ChangeRecorder,
    readonly narrator: number,
  ) {}

  updateSegment(id: number, fields: Partial<SegmentFields>): void {
    const columns = Object.keys(fields) as Array<keyof SegmentFields>;
    if (columns.length === 0) return;
    this.recorder.touch('segments', [id]);
    statement(this.db, `UPDATE segments SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(...columns.map((c) => fields[c] ?? null), id);
  }

  insertSegment(like: SegmentRecord, fields: Pick<SegmentFields, 'idx' | 'text' | 'start' | 'end'> & Partial<SegmentFields>): number {
    const row = {
      kind: like.kind, original_text: like.original_text, speaker_id: like.speaker_id, confidence: like.confidence, reason: like.reason,
      reviewed: like.reviewed, scene_break: 0, words: wordCount(fields.text), ...fields,
    };
    const { lastInsertRowid } = statement(
      this.db,
      `INSERT INTO segments (chapter_id, idx, kind, text, original_text, start, end, source, speaker_id, confidence, reason, reviewed, scene_break, paragraph_idx, words)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(like.chapter_id, row.idx, row.kind, row.text, row.original_text, row.start, row.end, like.source, row.speaker_id, row.confidence, row.reason, row.reviewed, row.scene_break, like.paragraph_idx, row.words);
    const id = Number(lastInsertRowid);
    this.recorder.created('segments', [id]);
    return id;
  }

  deleteSegment(id: number): void {
    this.recorder.touch('segments', [id]);
    statement(this.db, 'DELETE FROM segments WHERE id = ?').run(id);
  }

  /**
   * Moves the segments of a chapter after `afterIdx` by `delta` places. Two passes through negative
   * numbers, because `(chapter_id, idx)` is unique and SQLite checks it row by row.
   */
  shiftSegments(chapterId: number, afterIdx: number, delta: 1 | -1): void {
    const ids = statement(this.db, 'SELECT id FROM segments WHERE chapter_id = ? AND idx > ?').all(chapterId, afterIdx) as Array<{ id: number }>;
    for (const { id } of ids) this.recorder.touch('segments', [id]);
    statement(this.db, 'UPDATE segments SET idx = -1 - idx WHERE chapter_id = ? AND idx > ?').run(chapterId, afterIdx);
    statement(this.db, 'UPDATE segments SET idx = ? - idx WHERE chapter_id = ? AND idx < 0').run(delta - 1, chapterId);
  }

  setCorrection(span: SourceSpan, speakerId: number | null, kind: 'author' | 'propagated', confidence: number | null = null): void {
    this.recorder.touch('speaker_corrections', correctionKey(span));
    writeCorrection(this.db, span, speakerId, kind, confidence);
  }

  dropCorrection(span: SourceSpan): void {
    this.recorder.touch('speaker_corrections', correctionKey(span));
    removeCorrection(this.db, span);
  }

  /** Adds a character the author named, with the palette colour fewest others use. */
  createCharacter(name: string, gender: Gender): { id: number; name: string } {
    const clean = name.trim();
    this.checkNameFree(clean);
    const used = (statement(this.db, 'SELECT colour FROM characters WHERE colour IS NOT NULL AND narrator = 0').all() as Array<{ colour: string }>).map((r) => r.colour);
    const { lastInsertRowid } = statement(
      this.db,
      `INSERT INTO characters (key, name, aliases, gender, narrator, origin, colour, author_edited) VALUES (?, ?, '[]', ?, 0, 'user', ?, 1)`,
    ).run(`user:${randomUUID()}`, clean, gender, nextColour(used));
    const id = Number(lastInsertRowid);
    this.recorder.created('characters', [id]);
    return { id, name: clean };
  }

  updateCharacter(id: number, fields: Partial<{ name: string; aliases: string; gender: Gender; colour: string; narrator: number; author_edited: number }>): void {
    const columns = Object.keys(fields) as Array<keyof typeof fields>;
    if (columns.length === 0) return;
    this.recorder.touch('characters', [id]);
    statement(this.db, `UPDATE characters SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(...columns.map((c) => fields[c] ?? null), id);
  }

  deleteCharacter(id: number): void {
    this.recorder.touch('characters', [id]);
    statement(this.db, 'DELETE FROM characters WHERE id = ?').run(id);
  }

  /** Sends a character the analysis may find again (by its key) to another one. */
  redirect(key: string, characterId: number): void {
    this.recorder.touch('character_redirects', [key]);
    statement(this.db, 'INSERT INTO character_redirects (key, character_id) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET character_id = excluded.character_id').run(key, characterId);
  }

  /** Two characters may not share a name: a chip would not tell them apart. */
  checkNameFree(name: string, except?: number): void {
    const wanted = sameName(name);
    const rows = statement(this.db, 'SELECT id, name FROM characters').all() as Array<{ id: number; name: string }>;
    const taken = rows.find((r) => r.id !== except && sameName(r.name) === wanted);
    if (taken) throw new StudioError('INVALID_REQUEST', `There is already a character called ${taken.name}.`);
  }
}

export function sameName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
