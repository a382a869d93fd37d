import type { Chapter, ChapterKind, MatterRole, Paragraph } from '../../../shared/book';
import { classifyMatter } from './classify-matter';

/** A chapter as an importer finds it, before empty headings are folded and matter is classified. */
export interface ChapterDraft {
  title: string;
  level: 'part' | 'chapter';
  paragraphs: Paragraph[];
  /** Spans of the heading lines in the source, for a contents page made of empty headings. */
  headingSpan?: { start: number; end: number; text: string };
  semantics?: string[];
  /** A decision the importer already made (a Gutenberg licence, a title page). */
  decided?: { kind: ChapterKind; role?: MatterRole };
}

/**
 * Turns drafts into chapters:
 * - a part heading with no text of its own prefixes the next chapter's title and is dropped;
 * - two or more chapter headings in a row with no text between them are a contents list and become
 *   one front-matter "Contents" chapter; a lone empty heading is dropped;
 * - every remaining chapter is classified as body, front or back matter.
 */
export function finishChapters(drafts: readonly ChapterDraft[]): Chapter[] {
  const kept: ChapterDraft[] = [];
  let prefix = '';
  let emptyRun: ChapterDraft[] = [];
  for (const draft of drafts) {
    if (draft.paragraphs.length === 0) {
      if (draft.level === 'part') prefix = draft.title;
      else emptyRun.push(draft);
      continue;
    }
    if (emptyRun.length >= 2) kept.push(contentsDraft(emptyRun));
    emptyRun = [];
    const title = prefix && draft.level === 'chapter' ? `${prefix} — ${draft.title}` : draft.title;
    prefix = '';
    kept.push({ ...draft, title });
  }
  if (emptyRun.length >= 2) kept.push(contentsDraft(emptyRun));

  return kept.map((draft, index): Chapter => {
    const { kind, role } =
      draft.decided ??
      classifyMatter({
        title: draft.title,
        text: firstCharacters(draft.paragraphs, 6000),
        index,
        count: kept.length,
        ...(draft.semantics ? { semantics: draft.semantics } : {}),
      });
    return { title: draft.title, kind, ...(role ? { role } : {}), included: kind === 'body', paragraphs: draft.paragraphs };
  });
}

function contentsDraft(run: readonly ChapterDraft[]): ChapterDraft {
  const paragraphs: Paragraph[] = [];
  for (const d of run) {
    if (d.headingSpan) paragraphs.push({ text: d.headingSpan.text, start: d.headingSpan.start, end: d.headingSpan.end });
  }
  return { title: 'Contents', level: 'chapter', paragraphs, decided: { kind: 'front-matter', role: 'contents' } };
}

function firstCharacters(paragraphs: readonly Paragraph[], limit: number): string {
  const parts: string[] = [];
  let n = 0;
  for (const p of paragraphs) {
    if (n >= limit) break;
    parts.push(p.text);
    n += p.text.length + 1;
  }
  return parts.join('\n');
}
