import type Database from 'better-sqlite3';
import { wordCount } from '../../shared/book';
import { NARRATOR_COLOUR, nextColour } from './colours';
import { statement } from './statements';

/** The key of the narrator the studio adds when the analysis found no first-person narrator. */
export const DEFAULT_NARRATOR_KEY = 'narrator';

/**
 * Brings a project's script to what the editor expects: exactly one narrator, a colour for every
 * character, and every segment placed in its paragraph with its word count. Cheap when nothing is
 * missing, so it runs every time a project opens and after every analysis.
 */
export function prepareScript(db: Database.Database): void {
  db.transaction(() => {
    ensureNarrator(db);
    assignMissingColours(db);
    placeSegments(db);
  })();
}

export function ensureNarrator(db: Database.Database): void {
  const narrators = statement(db, 'SELECT count(*) AS n FROM characters WHERE narrator = 1').get() as { n: number };
  if (narrators.n > 0) return;
  statement(
    db,
    `INSERT INTO characters (key, name, aliases, gender, narrator, origin) VALUES (?, 'Narrator', '[]', 'unknown', 1, 'analysis')
     ON CONFLICT (key) DO UPDATE SET narrator = 1`,
  ).run(DEFAULT_NARRATOR_KEY);
}

export function assignMissingColours(db: Database.Database): void {
  const missing = statement(db, 'SELECT id, narrator FROM characters WHERE colour IS NULL ORDER BY id').all() as Array<{ id: number; narrator: number }>;
  if (missing.length === 0) return;
  const used = (statement(db, 'SELECT colour FROM characters WHERE colour IS NOT NULL AND narrator = 0').all() as Array<{ colour: string }>).map((r) => r.colour);
  const set = statement(db, 'UPDATE characters SET colour = ? WHERE id = ?');
  for (const c of missing) {
    const colour = c.narrator === 1 ? NARRATOR_COLOUR : nextColour(used);
    if (c.narrator === 0) used.push(colour);
    set.run(colour, c.id);
  }
}

interface ParagraphSpan {
  idx: number;
  text: string;
  start: number;
  end: number;
  source: string | null;
  scene_break: number;
}

interface UnplacedSegment {
  id: number;
  text: string;
  start: number;
  end: number;
  source: string | null;
}

/**
 * Places the segments of freshly analysed chapters in their paragraphs. The analysis emits them
 * paragraph by paragraph, each inside its paragraph's source span and holding a piece of its text,
 * so one forward walk finds them. A segment takes its paragraph's source part (a chapter may span
 * several files of an EPUB) and the first segment of a paragraph after a scene break carries it.
 */
function placeSegments(db: Database.Database): void {
  const chapters = statement(db, 'SELECT DISTINCT chapter_id AS id FROM segments WHERE paragraph_idx IS NULL').all() as Array<{ id: number }>;
  const update = statement(db, 'UPDATE segments SET paragraph_idx = ?, source = ?, scene_break = ?, words = ? WHERE id = ?');
  for (const { id: chapterId } of chapters) {
    const paragraphs = statement(db, 'SELECT idx, text, start, end, source, scene_break FROM paragraphs WHERE chapter_id = ? ORDER BY idx').all(chapterId) as ParagraphSpan[];
    const segments = statement(db, 'SELECT id, text, start, end, source FROM segments WHERE chapter_id = ? AND paragraph_idx IS NULL ORDER BY idx').all(chapterId) as UnplacedSegment[];
    let p = 0;
    let lastPlaced = -1;
    for (const s of segments) {
      const found = findParagraph(paragraphs, p, s);
      if (found >= 0) p = found;
      const paragraph = paragraphs[p];
      const first = found >= 0 && found !== lastPlaced;
      if (found >= 0) lastPlaced = found;
      const source = found >= 0 ? (paragraph?.source ?? null) : s.source;
      update.run(paragraph?.idx ?? 0, source, first && paragraph?.scene_break === 1 ? 1 : 0, wordCount(s.text), s.id);
    }
  }
}

function findParagraph(paragraphs: ParagraphSpan[], from: number, s: UnplacedSegment): number {
  for (let p = from; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para && s.start >= para.start && s.end <= para.end && para.text.includes(s.text)) return p;
  }
  return -1;
}
