import type Database from 'better-sqlite3';
import type { AttributionReason, Character, Gender, Segment, SegmentKind } from '../../shared/script';

export interface StoredAnalysis {
  /** One entry per chapter, in chapter order. */
  chapters: Array<{ segments: Segment[]; source?: string }>;
  characters: Character[];
}

export interface SegmentRow {
  id: number;
  idx: number;
  kind: SegmentKind;
  text: string;
  start: number;
  end: number;
  source: string | null;
  speakerId: number | null;
  confidence: number;
  reason: AttributionReason | null;
  corrected: boolean;
}

export interface CharacterRow {
  id: number;
  name: string;
  aliases: string[];
  gender: Gender;
  narrator: boolean;
  origin: 'analysis' | 'user';
  lines: number;
}

/** Characters found by the analysis are matched across re-analyses by their normalised name. */
function characterKey(name: string): string {
  return `analysis:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * Replaces the automatic script of the given chapters, in one transaction. The author's corrections
 * live in their own table and are not touched; characters they point at are kept.
 */
export function saveAnalysis(db: Database.Database, chapterIds: number[], analysis: StoredAnalysis): void {
  db.transaction(() => {
    const upsert = db.prepare(
      `INSERT INTO characters (key, name, aliases, gender, narrator, origin) VALUES (?, ?, ?, ?, ?, 'analysis')
       ON CONFLICT (key) DO UPDATE SET aliases = excluded.aliases, gender = excluded.gender, narrator = excluded.narrator
       RETURNING id`,
    );
    const rowIds = new Map<string, number>();
    const keys: string[] = [];
    for (const c of analysis.characters) {
      const key = characterKey(c.name);
      keys.push(key);
      const row = upsert.get(key, c.name, JSON.stringify(c.aliases), c.gender, c.narrator ? 1 : 0) as { id: number };
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
    db.prepare(
      `DELETE FROM characters WHERE origin = 'analysis' AND key NOT IN (SELECT value FROM json_each(?))
       AND id NOT IN (SELECT speaker_id FROM speaker_corrections WHERE speaker_id IS NOT NULL)`,
    ).run(JSON.stringify(keys));
  })();
}

const EFFECTIVE_SEGMENTS = `
  SELECT s.id, s.idx, s.kind, s.text, s.start, s.end, s.source, s.confidence, s.reason,
         CASE WHEN k.chapter_id IS NULL THEN s.speaker_id ELSE k.speaker_id END AS speaker_id,
         k.chapter_id IS NOT NULL AS corrected
  FROM segments s
  LEFT JOIN speaker_corrections k
    ON k.chapter_id = s.chapter_id AND k.source = coalesce(s.source, '') AND k.start = s.start AND k.end = s.end`;

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

/** Records the author's choice of speaker for one segment's source span. */
export function correctSpeaker(db: Database.Database, segmentId: number, speakerId: number | null): void {
  db.transaction(() => {
    const s = db.prepare('SELECT chapter_id, start, end, source FROM segments WHERE id = ?').get(segmentId) as
      | { chapter_id: number; start: number; end: number; source: string | null }
      | undefined;
    if (!s) throw new Error(`no segment ${segmentId}`);
    db.prepare(
      `INSERT INTO speaker_corrections (chapter_id, start, end, source, speaker_id, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (chapter_id, source, start, end) DO UPDATE SET speaker_id = excluded.speaker_id, at = excluded.at`,
    ).run(s.chapter_id, s.start, s.end, s.source ?? '', speakerId, new Date().toISOString());
  })();
}
