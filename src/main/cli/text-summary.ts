import { chapterWordCount, type ImportedBook } from '../../shared/book';
import type { AnalysisResult } from '../analysis/analyze-book';

const KIND_LABEL: Record<string, string> = { body: 'body', 'front-matter': 'front', 'back-matter': 'back' };

/** The human summary `analyze --format text` prints. */
export function textSummary(imported: ImportedBook, analysis: AnalysisResult): string {
  const { book, chapters } = imported;
  const included = chapters.filter((c) => c.included);
  const words = included.reduce((n, c) => n + chapterWordCount(c), 0);
  const lines = [
    `${book.title || '(untitled)'}${book.author ? ` by ${book.author}` : ''}`,
    `Format: ${book.format}   Language: ${book.language || 'unknown'}`,
    `Chapters: ${included.length} of ${chapters.length} included, ${words.toLocaleString('en-US')} words to read`,
    '',
    '   #  in  kind   words  title',
  ];
  chapters.forEach((c, i) => {
    const role = c.role ? ` (${c.role})` : '';
    lines.push(
      `${String(i + 1).padStart(4)}  ${c.included ? 'x ' : '- '}  ${(KIND_LABEL[c.kind] ?? c.kind).padEnd(5)} ${String(chapterWordCount(c)).padStart(6)}  ${c.title || '(untitled)'}${role}`,
    );
  });
  const cast = analysis.characters.filter((c) => c.lines > 0).sort((a, b) => b.lines - a.lines);
  const dialogue = analysis.chapters.reduce((n, c) => n + c.segments.filter((s) => s.kind === 'dialogue').length, 0);
  lines.push('', `Dialogue: ${dialogue} lines, ${cast.length} speaking characters`);
  for (const c of cast.slice(0, 20)) {
    lines.push(`  ${String(c.lines).padStart(5)}  ${c.name}${c.narrator ? ' (narrator)' : ''}${c.gender === 'unknown' ? '' : `, ${c.gender}`}`);
  }
  for (const warning of imported.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}
