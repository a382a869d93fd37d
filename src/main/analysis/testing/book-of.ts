import type { Paragraph } from '../../../shared/book';
import type { AnalysisInput } from '../analyze-book';

/**
 * An analysis input from paragraph texts, one chapter per array, laid out in a source text with a
 * blank line between paragraphs (so offsets into `sourceText` are exact).
 */
export function bookOf(...chapters: string[][]): AnalysisInput {
  let source = '';
  const out: AnalysisInput['chapters'] = chapters.map((texts, c) => {
    const paragraphs: Paragraph[] = texts.map((text) => {
      if (source.length > 0) source += '\n\n';
      const start = source.length;
      source += text;
      return { text, start, end: source.length };
    });
    return { title: `Chapter ${c + 1}`, paragraphs };
  });
  return { chapters: out, sourceText: source };
}
