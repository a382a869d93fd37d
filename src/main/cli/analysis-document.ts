import type { BookMeta, ImportedBook } from '../../shared/book';
import type { Character, Segment } from '../../shared/script';
import type { AnalysisResult } from '../analysis/analyze-book';

/** The document `analyze --format json` prints: stable field names that scripts can rely on. */
export interface AnalysisDocument {
  book: BookMeta;
  chapters: Array<{
    title: string;
    kind: string;
    role?: string;
    included: boolean;
    paragraphs: Array<{ text: string; start: number; end: number; source?: string }>;
    segments: Segment[];
  }>;
  characters: Character[];
  warnings: string[];
}

export function toAnalysisDocument(imported: ImportedBook, analysis: AnalysisResult): AnalysisDocument {
  return {
    book: imported.book,
    chapters: imported.chapters.map((c, i) => ({
      title: c.title,
      kind: c.kind,
      ...(c.role ? { role: c.role } : {}),
      included: c.included,
      paragraphs: c.paragraphs.map((p) => ({ text: p.text, start: p.start, end: p.end, ...(p.source ? { source: p.source } : {}) })),
      segments: analysis.chapters[i]?.segments ?? [],
    })),
    characters: analysis.characters,
    warnings: imported.warnings,
  };
}
