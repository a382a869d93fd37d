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

/** Pieces are joined up to this size before they are written: each write waits for the pipe. */
const PIECE_CHARS = 1 << 20;

/**
 * The same document as JSON text, in pieces of about a megabyte: a book with hundreds of thousands
 * of segments would otherwise need one string of tens of megabytes on top of the analysis itself.
 */
export function* analysisJsonChunks(doc: AnalysisDocument): Generator<string> {
  let piece = '';
  for (const part of jsonParts(doc)) {
    piece += part;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

function* jsonParts(doc: AnalysisDocument): Generator<string> {
  yield `{"book":${JSON.stringify(doc.book)},"chapters":[`;
  for (const [i, chapter] of doc.chapters.entries()) {
    const { segments, ...rest } = chapter;
    const head = JSON.stringify(rest);
    yield `${i > 0 ? ',' : ''}${head.slice(0, -1)},"segments":[`;
    for (let s = 0; s < segments.length; s += 2000) {
      const batch = JSON.stringify(segments.slice(s, s + 2000)).slice(1, -1);
      yield `${s > 0 ? ',' : ''}${batch}`;
    }
    yield ']}';
  }
  yield `],"characters":${JSON.stringify(doc.characters)},"warnings":${JSON.stringify(doc.warnings)}}\n`;
}
