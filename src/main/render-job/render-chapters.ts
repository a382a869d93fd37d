import type Database from 'better-sqlite3';
import type { ChapterKind } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import { includedChapterIds } from '../script/read-script';
import { chapterRecords, effectiveSpeaker, narratorId } from '../script/segment-records';
import { statement } from '../script/statements';
import type { ItemRef } from './render-state-store';

/** One thing read aloud: a chapter's title or one of its segments, in reading order. */
export interface RenderItem {
  ref: ItemRef;
  chapterId: number;
  text: string;
  kind: 'title' | 'narration' | 'dialogue';
  /** The character who reads it (the narrator reads titles and narration). */
  speakerId: number | null;
  paragraphStart: boolean;
  sceneBreakBefore: boolean;
  /**
   * Where the segment comes from in the source (voice overrides and read-along name it so), with its
   * text as the analysis found it, before any edit; null for titles.
   */
  span: { source: string; start: number; end: number; text: string } | null;
}

export interface RenderChapter {
  id: number;
  /** Position in the book. */
  index: number;
  title: string;
  kind: ChapterKind;
  included: boolean;
  items: RenderItem[];
}

interface ChapterRow {
  id: number;
  idx: number;
  title: string;
  kind: ChapterKind;
  included: number;
}

/**
 * The chapters to render, in book order, each as the items read aloud: its title (when it has one)
 * and its segments with their edited text and effective speaker. Without `chapterIds`, every
 * included chapter; a chapter id that does not exist is refused.
 */
export function readRenderChapters(db: Database.Database, chapterIds?: readonly number[]): RenderChapter[] {
  const wanted = new Set(chapterIds ?? includedChapterIds(db));
  const rows = (statement(db, 'SELECT id, idx, title, kind, included FROM chapters ORDER BY idx').all() as ChapterRow[]).filter((r) => wanted.has(r.id));
  if (chapterIds) {
    const missing = chapterIds.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length > 0) throw new StudioError('NOT_FOUND', `There is no chapter ${missing[0]} in this project.`);
  }
  const narrator = narratorId(db);
  return rows.map((row) => ({
    id: row.id,
    index: row.idx,
    title: row.title,
    kind: row.kind,
    included: row.included === 1,
    items: chapterItems(db, row, narrator),
  }));
}

function chapterItems(db: Database.Database, chapter: ChapterRow, narrator: number): RenderItem[] {
  const items: RenderItem[] = [];
  if (/[\p{L}\p{N}]/u.test(chapter.title)) {
    items.push({
      ref: { kind: 'title', chapterId: chapter.id },
      chapterId: chapter.id,
      text: chapter.title,
      kind: 'title',
      speakerId: narrator,
      paragraphStart: true,
      sceneBreakBefore: false,
      span: null,
    });
  }
  let paragraph: number | null = null;
  for (const record of chapterRecords(db, chapter.id)) {
    const paragraphIndex = record.paragraph_idx ?? 0;
    items.push({
      ref: { kind: 'segment', segmentId: record.id },
      chapterId: chapter.id,
      text: record.text,
      kind: record.kind,
      speakerId: effectiveSpeaker(record, narrator),
      paragraphStart: paragraph !== paragraphIndex,
      sceneBreakBefore: record.scene_break === 1,
      span: { source: record.source ?? '', start: record.start, end: record.end, text: record.original_text ?? record.text },
    });
    paragraph = paragraphIndex;
  }
  return items;
}

/** "Stave One: “Marley was dead, to begin …”": how a person finds an item in the script. */
export function itemLabel(item: RenderItem): string {
  if (item.ref.kind === 'credit') return item.ref.part === 'open' ? 'the opening credits' : 'the closing credits';
  if (item.kind === 'title') return 'the chapter title';
  const words = item.text.trim().split(/\s+/);
  const first = words.slice(0, 6).join(' ');
  return `“${first}${words.length > 6 ? ' …' : ''}”`;
}
