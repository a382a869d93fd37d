// A stand-in for the plain-text importer, for tests and the bench when it is not available: paragraphs are runs of
// non-blank lines, with exact source offsets and the same cleaning (lines joined, whitespace
// collapsed, `_italic_` underscores removed); a heading line (`CHAPTER I`, a roman numeral) starts a
// chapter.
import type { Paragraph } from '../../../shared/book';
import type { AnalysisInput } from '../analyze-book';

const HEADING = /^\s*(?:(?:CHAPTER|Chapter|BOOK|Book|STAVE|Stave|PART|Part)\b[^\n]*|[IVXLC]+\.?)\s*$/;

export function splitPlainText(text: string): AnalysisInput {
  const chapters: AnalysisInput['chapters'] = [{ title: '', paragraphs: [] }];
  const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + raw.trimEnd().length;
    const firstLine = raw.trim().split('\n')[0] ?? '';
    if (HEADING.test(firstLine)) {
      chapters.push({ title: firstLine.trim(), paragraphs: [] });
      continue;
    }
    const paragraph: Paragraph = { text: raw.replace(/_/g, '').replace(/\s+/g, ' ').trim(), start, end };
    chapters[chapters.length - 1]?.paragraphs.push(paragraph);
  }
  return { chapters: chapters.filter((c) => c.paragraphs.length > 0) };
}
