/** What an import produces: book metadata and chapters of paragraphs, cleaned for reading aloud. */

export const SOURCE_FORMATS = ['epub', 'pdf', 'docx', 'markdown', 'text', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const CHAPTER_KINDS = ['body', 'front-matter', 'back-matter'] as const;
export type ChapterKind = (typeof CHAPTER_KINDS)[number];

/**
 * Why a chapter is front or back matter. Kept so the UI can say "Copyright page" rather than
 * "front matter", and so the decision can be explained.
 */
export type MatterRole =
  | 'cover'
  | 'half-title'
  | 'title-page'
  | 'copyright'
  | 'imprint'
  | 'dedication'
  | 'epigraph'
  | 'contents'
  | 'colophon'
  | 'acknowledgements'
  | 'also-by'
  | 'licence'
  | 'about-author'
  | 'index'
  | 'other';

export interface BookMeta {
  title: string;
  author: string;
  language: string;
  format: SourceFormat;
}

/** An inline run of a paragraph with emphasis, as character offsets into `text`. */
export interface Emphasis {
  start: number;
  end: number;
}

export interface Paragraph {
  /** The text to read aloud, cleaned (no footnote markers, soft hyphens or ligatures). */
  text: string;
  /**
   * The paragraph's span in the source. For plain text, Markdown and HTML: character offsets into the
   * decoded file. For EPUB and DOCX: offsets into the decoded XML part named by `source`. For PDF:
   * offsets into the extracted text of the page named by `source` (`page:N`, 1-based).
   */
  start: number;
  end: number;
  source?: string;
  /** Italic runs, for emphasis in speech and for the source view. */
  emphasis?: Emphasis[];
  /** A scene break (`* * *`, `<hr>`, an empty DOCX paragraph run) comes before this paragraph. */
  sceneBreakBefore?: boolean;
}

export interface Chapter {
  title: string;
  kind: ChapterKind;
  role?: MatterRole;
  /** Whether the chapter is read in the audiobook. Front and back matter start excluded. */
  included: boolean;
  paragraphs: Paragraph[];
}

export interface ImportedBook {
  book: BookMeta;
  chapters: Chapter[];
  /** Non-fatal notes for the user, e.g. "3 pages had no text layer". */
  warnings: string[];
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return m ? m.length : 0;
}

export function chapterWordCount(chapter: Pick<Chapter, 'paragraphs'>): number {
  let n = 0;
  for (const p of chapter.paragraphs) n += wordCount(p.text);
  return n;
}
