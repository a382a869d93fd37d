import type { BookMeta, ImportedBook } from '../../shared/book';

/** The document `analyze --format json` prints: stable field names that scripts can rely on. */
export interface AnalysisDocument {
  book: BookMeta;
  chapters: Array<{
    title: string;
    kind: string;
    role?: string;
    included: boolean;
    paragraphs: Array<{ text: string; start: number; end: number; source?: string }>;
  }>;
  warnings: string[];
}

export function toAnalysisDocument(imported: ImportedBook): AnalysisDocument {
  return {
    book: imported.book,
    chapters: imported.chapters.map((c) => ({
      title: c.title,
      kind: c.kind,
      ...(c.role ? { role: c.role } : {}),
      included: c.included,
      paragraphs: c.paragraphs.map((p) => ({ text: p.text, start: p.start, end: p.end, ...(p.source ? { source: p.source } : {}) })),
    })),
    warnings: imported.warnings,
  };
}
