import type { ImportedBook, Paragraph } from '../../../shared/book';
import { finishChapters, type ChapterDraft } from '../chapters/chapter-drafts';
import { parseHeadingLine } from '../chapters/heading-line';
import { collectHyphenatedWords } from '../clean/join-hyphenated';
import { normalizeText } from '../clean/normalize-text';
import { throwIfAborted, type ImportContext } from '../import-context';
import { cleanPlainParagraph } from './clean-plain-paragraph';
import { findGutenbergFrame } from './gutenberg';
import { isSceneBreakLine } from './scene-break';
import { lineText, splitBlocks, type TextBlock } from './text-blocks';
import { describePreamble, preambleDraft } from './preamble';
import { readTextMetadata } from './text-metadata';
import { isSubtitleBlock, isTitlePageParagraph } from './title-like';
import { titleFromFileName } from './title-from-file-name';

/**
 * Reads a plain-text manuscript. Paragraphs are blank-line separated blocks of hard-wrapped lines;
 * a paragraph's `start`/`end` are offsets into `text` and its `text` is `cleanPlainParagraph` of
 * that slice. Chapters start at heading lines that open a block (see `parseHeadingLine`); a
 * Project Gutenberg header and footer become excluded front and back matter.
 */
export function importPlainText(text: string, ctx: ImportContext): ImportedBook {
  throwIfAborted(ctx.signal);
  const frame = findGutenbergFrame(text);
  const known = collectHyphenatedWords(text);
  const reader = new BodyReader(text, known, ctx.signal);

  const drafts: ChapterDraft[] = [];
  if (frame.bodyStart > 0) {
    drafts.push(matterDraft('Project Gutenberg header', reader.plainParagraphs(0, frame.bodyStart), 'front-matter'));
  }
  const body = reader.read(frame.bodyStart, frame.bodyEnd);
  if (frame.bodyEnd < text.length) {
    drafts.push(matterDraft('Project Gutenberg licence', reader.plainParagraphs(frame.bodyEnd, text.length), 'back-matter'));
  }

  const meta = readTextMetadata(text.slice(0, Math.min(text.length, frame.bodyStart + 20_000)));
  const preamble = describePreamble(body.preamble);
  const title = meta.title || preamble.title || titleFromFileName(ctx.fileName);
  const author = meta.author || preamble.author;

  const bodyDrafts = body.chapters;
  if (body.preamble.length > 0) bodyDrafts.unshift(preambleDraft(body.preamble, preamble, title, bodyDrafts.length > 0));
  const headerCount = frame.bodyStart > 0 ? 1 : 0;
  const ordered = drafts.slice(0, headerCount).concat(bodyDrafts, drafts.slice(headerCount));

  ctx.progress?.(text.length, text.length);
  throwIfAborted(ctx.signal);
  return {
    book: { title, author, language: meta.language, format: 'text' },
    chapters: finishChapters(ordered),
    warnings: [],
  };
}

function matterDraft(title: string, paragraphs: Paragraph[], kind: 'front-matter' | 'back-matter'): ChapterDraft {
  return { title, level: 'chapter', paragraphs, decided: { kind, role: 'licence' } };
}

interface ReadBody {
  /** Paragraphs before the first heading. */
  preamble: Paragraph[];
  chapters: ChapterDraft[];
}

interface HeadingBlock {
  title: string;
  level: 'part' | 'chapter';
  /** Whether the block already gave a sub-title, so the next block is not taken as one. */
  hasSubtitle: boolean;
  /** Index of the first line that is paragraph text (a heading set on the paragraph's first line). */
  paragraphFromLine: number;
}

const KEYWORD_HEADING = /^(chapter|chap\.|stave|letter|canto|section|episode|scene|part|book|volume|vol\.)\s/i;
const PLACEHOLDER = /^\[(?:\s*|(?:illustration|footnote|sidenote|image)\b[^]*)\]$/i;
const FOOTNOTE_DEFINITION = /^\[\d{1,3}\]\s/;
const ABORT_CHECK_EVERY = 1024;

class BodyReader {
  constructor(
    private readonly text: string,
    private readonly known: ReadonlySet<string>,
    private readonly signal: AbortSignal | undefined,
  ) {}

  /** Blocks as paragraphs, with no heading or scene-break handling (licence text). */
  plainParagraphs(from: number, to: number): Paragraph[] {
    const out: Paragraph[] = [];
    for (const block of splitBlocks(this.text, from, to)) {
      const p = this.paragraph(block.start, block.end);
      if (p) out.push(p);
    }
    return out;
  }

  read(from: number, to: number): ReadBody {
    const preamble: Paragraph[] = [];
    const chapters: ChapterDraft[] = [];
    let paragraphs = preamble;
    let current: ChapterDraft | null = null;
    let awaitingSubtitle = false;
    let sceneBreak = false;
    // The title page of a volume printed mid-book ("PRIDE AND PREJUDICE / A Novel. / VOL. II."):
    // the short lines just before a part heading and any right after it.
    let volumeTitlePage: ChapterDraft | null = null;
    const blocks = splitBlocks(this.text, from, to);

    for (let i = 0; i < blocks.length; i++) {
      if (i % ABORT_CHECK_EVERY === 0) throwIfAborted(this.signal);
      const block = blocks[i];
      if (!block) continue;
      const firstLine = lineText(this.text, block.lines[0] ?? block);
      if (block.lines.length === 1 && isSceneBreakLine(firstLine)) {
        sceneBreak = paragraphs.length > 0;
        awaitingSubtitle = false;
        continue;
      }
      if (this.isPlaceholder(block)) continue;

      const heading = this.heading(block, firstLine);
      if (heading) {
        const headingLine = block.lines[0] ?? block;
        if (current?.level === 'part' && current.paragraphs.every((p) => isTitlePageParagraph(p.text))) {
          if (volumeTitlePage) volumeTitlePage.paragraphs = volumeTitlePage.paragraphs.concat(current.paragraphs.splice(0));
        }
        if (heading.level === 'part' && current) {
          volumeTitlePage = { title: `${heading.title} title page`, level: 'chapter', paragraphs: popTitlePage(paragraphs), decided: TITLE_PAGE };
          chapters.push(volumeTitlePage);
        }
        const partTitle = heading.level === 'chapter' ? this.popPartTitle(paragraphs) : '';
        current = {
          title: partTitle ? `${partTitle} — ${heading.title}` : heading.title,
          level: heading.level,
          paragraphs: [],
          headingSpan: { ...this.trimmedSpan(headingLine.start, headingLine.end), text: heading.title },
        };
        chapters.push(current);
        paragraphs = current.paragraphs;
        sceneBreak = false;
        awaitingSubtitle = !heading.hasSubtitle;
        const restLine = block.lines[heading.paragraphFromLine];
        if (restLine) {
          const p = this.paragraph(restLine.start, block.end);
          if (p) paragraphs.push(p);
          awaitingSubtitle = false;
        }
        continue;
      }

      if (awaitingSubtitle && current && paragraphs.length === 0) {
        const lines = block.lines.map((l) => lineText(this.text, l));
        if (isSubtitleBlock(lines)) {
          current.title = joinTitle(current.title, cleanTitle(lines.join(' ')));
          if (current.headingSpan) current.headingSpan.text = current.title;
          awaitingSubtitle = false;
          continue;
        }
      }
      awaitingSubtitle = false;
      const p = this.paragraph(block.start, block.end);
      if (!p) continue;
      if (sceneBreak) p.sceneBreakBefore = true;
      sceneBreak = false;
      paragraphs.push(p);
    }
    return { preamble, chapters: chapters.filter((c) => c.decided !== TITLE_PAGE || c.paragraphs.length > 0) };
  }

  /**
   * A block is a heading when its first line is one (`parseHeadingLine`) and the rest of the block,
   * if any, is a sub-title; a keyword heading ("CHAPTER 4") may also sit on top of its first
   * paragraph. A block with several heading lines is a contents list, not a heading.
   */
  private heading(block: TextBlock, firstLine: string): HeadingBlock | null {
    const parsed = parseHeadingLine(firstLine);
    if (!parsed) return null;
    const title = cleanTitle(parsed.title);
    if (block.lines.length === 1) return { title, level: parsed.level, hasSubtitle: false, paragraphFromLine: -1 };
    const rest = block.lines.slice(1).map((l) => lineText(this.text, l));
    if (rest.some((l) => parseHeadingLine(l) !== null)) return null;
    if (isSubtitleBlock(rest)) {
      return { title: joinTitle(title, cleanTitle(rest.join(' '))), level: parsed.level, hasSubtitle: true, paragraphFromLine: -1 };
    }
    if (KEYWORD_HEADING.test(firstLine.trim())) return { title, level: parsed.level, hasSubtitle: true, paragraphFromLine: 1 };
    return null;
  }

  /**
   * A part's title set alone in italics just before a chapter heading, its "BOOK THE SECOND" line
   * missing (`_REAPING_`): it names what follows, so it leaves the previous chapter's text.
   */
  private popPartTitle(paragraphs: Paragraph[]): string {
    const last = paragraphs.at(-1);
    if (!last || paragraphs.length < 2) return '';
    const raw = this.text.slice(last.start, last.end);
    // A byline (`_BY A. A. MILNE_`) or a sentence in italics is not a title.
    if (!/^_[^_\n.]{1,40}_$/.test(raw) || /^_by\s/i.test(raw) || raw.split(/\s+/).length > 5) return '';
    paragraphs.pop();
    return cleanTitle(raw);
  }

  private isPlaceholder(block: TextBlock): boolean {
    const first = this.text.charCodeAt(block.start);
    if (first !== 91 /* [ */) return false;
    if (this.text.charCodeAt(block.end - 1) === 93 /* ] */ && PLACEHOLDER.test(this.text.slice(block.start, block.end))) return true;
    return FOOTNOTE_DEFINITION.test(this.text.slice(block.start, block.start + 8));
  }

  private paragraph(start: number, end: number): Paragraph | null {
    const span = this.trimmedSpan(start, end);
    if (span.end <= span.start) return null;
    const { text, emphasis } = cleanPlainParagraph(this.text.slice(span.start, span.end), this.known);
    if (text.length === 0) return null;
    return { text, start: span.start, end: span.end, ...(emphasis.length > 0 ? { emphasis } : {}) };
  }

  private trimmedSpan(start: number, end: number): { start: number; end: number } {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(this.text[s] ?? '')) s++;
    while (e > s && /\s/.test(this.text[e - 1] ?? '')) e--;
    return { start: s, end: e };
  }
}

const TITLE_PAGE = { kind: 'front-matter', role: 'title-page' } as const;

/** Takes the trailing title-page paragraphs off a chapter's list and returns them in order. */
function popTitlePage(paragraphs: Paragraph[]): Paragraph[] {
  let i = paragraphs.length;
  while (i > 0 && isTitlePageParagraph(paragraphs[i - 1]?.text ?? '')) i--;
  return paragraphs.splice(i);
}

function cleanTitle(raw: string): string {
  return normalizeText(raw.replace(/(^|\s)_+|_+(\s|$)/g, '$1$2')).replace(/\.$/, '');
}

function joinTitle(heading: string, subtitle: string): string {
  if (!subtitle) return heading;
  return /[:.—–-]$/.test(heading) ? `${heading} ${subtitle}` : `${heading}: ${subtitle}`;
}
