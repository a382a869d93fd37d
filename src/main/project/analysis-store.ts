import type Database from 'better-sqlite3';
import type { AttributionReason, Character, Gender, Segment, SegmentKind } from '../../shared/script';
import type { CastMember, ScriptSegment } from '../../shared/script-editing';
import { ensureNarrator, prepareScript } from '../script/prepare-script';

export interface StoredAnalysis {
  /** One entry per chapter, in chapter order. */
  chapters: Array<{ segments: Segment[]; source?: string }>;
  characters: Character[];
}

/** A segment as stored: the editor's segment without what only the editor reads, and its order as `idx`. */
export type SegmentRow = Pick<ScriptSegment, 'id' | 'kind' | 'text' | 'start' | 'end' | 'source' | 'speakerId' | 'confidence' | 'reason' | 'corrected'> & {
  idx: number;
};

export type CharacterRow = Pick<CastMember, 'id' | 'name' | 'aliases' | 'gender' | 'narrator' | 'origin' | 'lines'>;

/** Characters found by the analysis are matched across re-analyses by their normalised name. */
function characterKey(name: string): string {
  return `analysis:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * Replaces the automatic script of the given chapters, in one transaction. The author's corrections
 * live in their own table and are not touched; characters they point at are kept, and so are the
 * name, aliases and gender the author gave a character, and the merges the author made. Undo
 * history recorded against the old segments no longer applies and stops being undoable.
 */
export function saveAnalysis(db: Database.Database, chapterIds: number[], analysis: StoredAnalysis): void {
  db.transaction(() => {
    const keepNarrator = db.prepare("SELECT id FROM characters WHERE narrator = 1 AND author_edited = 1").get() !== undefined;
    if (!keepNarrator) db.prepare('UPDATE characters SET narrator = 0 WHERE narrator = 1').run();
    const upsert = db.prepare(
      `INSERT INTO characters (key, name, aliases, gender, narrator, origin) VALUES (?, ?, ?, ?, ?, 'analysis')
       ON CONFLICT (key) DO UPDATE SET
         aliases = CASE WHEN characters.author_edited = 1 THEN characters.aliases ELSE excluded.aliases END,
         gender = CASE WHEN characters.author_edited = 1 THEN characters.gender ELSE excluded.gender END,
         narrator = excluded.narrator
       RETURNING id`,
    );
    const redirect = db.prepare('SELECT character_id FROM character_redirects WHERE key = ?');
    const rowIds = new Map<string, number>();
    const keys: string[] = [];
    let narratorGiven = keepNarrator;
    for (const c of analysis.characters) {
      const key = characterKey(c.name);
      const merged = redirect.get(key) as { character_id: number } | undefined;
      if (merged) {
        rowIds.set(c.id, merged.character_id);
        continue;
      }
      keys.push(key);
      const narrator = c.narrator === true && !narratorGiven;
      narratorGiven ||= narrator;
      const row = upsert.get(key, c.name, JSON.stringify(c.aliases), c.gender, narrator ? 1 : 0) as { id: number };
      rowIds.set(c.id, row.id);
    }
    const clearSegments = db.prepare('DELETE FROM segments WHERE chapter_id = ?');
    const insert = db.prepare(
      'INSERT INTO segments (chapter_id, idx, kind, text, start, end, source, speaker_id, confidence, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    analysis.chapters.forEach((chapter, i) => {
      const chapterId = chapterIds[i];
      if (chapterId === undefined) return;
      clearSegments.run(chapterId);
      chapter.segments.forEach((s, idx) => {
        insert.run(chapterId, idx, s.kind, s.text, s.start, s.end, chapter.source ?? null, s.speakerId ? (rowIds.get(s.speakerId) ?? null) : null, s.confidence, s.reason);
      });
    });
    // The studio's own narrator takes over again when the analysis found no first-person one.
    ensureNarrator(db);
    db.prepare(
      `DELETE FROM characters WHERE origin = 'analysis' AND author_edited = 0 AND narrator = 0
       AND key NOT IN (SELECT value FROM json_each(?))
       AND id NOT IN (SELECT speaker_id FROM speaker_corrections WHERE speaker_id IS NOT NULL)
       AND id NOT IN (SELECT speaker_id FROM segments WHERE speaker_id IS NOT NULL)
       AND id NOT IN (SELECT character_id FROM character_redirects)`,
    ).run(JSON.stringify(keys));
    db.prepare('UPDATE edits SET undoable = 0 WHERE undoable = 1').run();
    prepareScript(db);
  })();
}

/** Joins each segment `s` to the correction `k` of its source span, if the author made one. */
export const CORRECTION_JOIN = `LEFT JOIN speaker_corrections k
    ON k.chapter_id = s.chapter_id AND k.source = coalesce(s.source, '') AND k.start = s.start AND k.end = s.end`;

const EFFECTIVE_SEGMENTS = `
  SELECT s.id, s.idx, s.kind, s.text, s.start, s.end, s.source, s.confidence, s.reason,
         CASE WHEN k.chapter_id IS NULL THEN s.speaker_id ELSE k.speaker_id END AS speaker_id,
         coalesce(k.kind = 'author', 0) AS corrected
  FROM segments s
  ${CORRECTION_JOIN}`;

/** A chapter's script with the author's corrections applied over the analysis. */
export function readScript(db: Database.Database, chapterId: number): SegmentRow[] {
  const rows = db.prepare(`${EFFECTIVE_SEGMENTS} WHERE s.chapter_id = ? ORDER BY s.idx`).all(chapterId) as Array<{
    id: number; idx: number; kind: SegmentKind; text: string; start: number; end: number; source: string | null;
    confidence: number; reason: AttributionReason | null; speaker_id: number | null; corrected: number;
  }>;
  return rows.map((r) => ({
    id: r.id, idx: r.idx, kind: r.kind, text: r.text, start: r.start, end: r.end, source: r.source,
    speakerId: r.speaker_id, confidence: r.confidence, reason: r.reason, corrected: r.corrected === 1,
  }));
}

/** The cast, with how many dialogue lines each speaks after corrections. */
export function readCharacters(db: Database.Database): CharacterRow[] {
  const rows = db
    .prepare(
      `WITH effective AS (${EFFECTIVE_SEGMENTS} WHERE s.kind = 'dialogue')
       SELECT c.id, c.name, c.aliases, c.gender, c.narrator, c.origin,
              (SELECT count(*) FROM effective e WHERE e.speaker_id = c.id) AS lines
       FROM characters c ORDER BY lines DESC, c.name`,
    )
    .all() as Array<{ id: number; name: string; aliases: string; gender: Gender; narrator: number; origin: 'analysis' | 'user'; lines: number }>;
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[], narrator: r.narrator === 1 }));
}

/** A segment's source span: what a correction is keyed by, so it outlives re-segmentation. */
export interface SourceSpan {
  chapterId: number;
  source: string | null;
  start: number;
  end: number;
}

/** The correction's primary key, in the column order of `speaker_corrections`' key. */
export function correctionKey(span: SourceSpan): [number, string, number, number] {
  return [span.chapterId, span.source ?? '', span.start, span.end];
}

/**
 * Records a speaker for one source span: the author's choice, or a line filled in by propagating an
 * author's fix (which a later propagation may change again).
 */
export function writeCorrection(
  db: Database.Database,
  span: SourceSpan,
  speakerId: number | null,
  kind: 'author' | 'propagated' = 'author',
  confidence: number | null = null,
): void {
  db.prepare(
    `INSERT INTO speaker_corrections (chapter_id, source, start, end, speaker_id, at, kind, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (chapter_id, source, start, end) DO UPDATE
       SET speaker_id = excluded.speaker_id, at = excluded.at, kind = excluded.kind, confidence = excluded.confidence`,
  ).run(...correctionKey(span), speakerId, new Date().toISOString(), kind, confidence);
}

export function removeCorrection(db: Database.Database, span: SourceSpan): void {
  db.prepare('DELETE FROM speaker_corrections WHERE chapter_id = ? AND source = ? AND start = ? AND end = ?').run(...correctionKey(span));
}

/** Records the author's choice of speaker for one segment's source span. */
export function correctSpeaker(db: Database.Database, segmentId: number, speakerId: number | null): void {
  db.transaction(() => {
    const s = db.prepare('SELECT chapter_id, start, end, source FROM segments WHERE id = ?').get(segmentId) as
      | { chapter_id: number; start: number; end: number; source: string | null }
      | undefined;
    if (!s) throw new Error(`no segment ${segmentId}`);
    writeCorrection(db, { chapterId: s.chapter_id, source: s.source, start: s.start, end: s.end }, speakerId);
  })();
}
