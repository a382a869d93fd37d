import type { ChapterKind, MatterRole } from '../../../shared/book';

export interface MatterInput {
  /** The chapter title as found ('' if none). */
  title: string;
  /** The chapter's text, or its first few thousand characters. */
  text: string;
  /** Position among the book's chapters (0-based). */
  index: number;
  /** Number of chapters in the book. */
  count: number;
  /**
   * Structural hints, lower-case: EPUB `epub:type` / landmark values ('frontmatter', 'titlepage',
   * 'colophon', 'preface' ...) or DOCX style names.
   */
  semantics?: string[];
}

export interface MatterDecision {
  kind: ChapterKind;
  role?: MatterRole;
}

const BODY: MatterDecision = { kind: 'body' };
const front = (role: MatterRole): MatterDecision => ({ kind: 'front-matter', role });
const back = (role: MatterRole): MatterDecision => ({ kind: 'back-matter', role });

/** Semantic values that name a part that is read aloud, even inside front or back matter. */
const READ_ALOUD_SEMANTICS = new Set([
  'preface',
  'foreword',
  'introduction',
  'prologue',
  'epilogue',
  'afterword',
  'conclusion',
  'chapter',
  'part',
  'volume',
  'division',
  'appendix',
  'bodymatter',
]);

const SEMANTIC_ROLES: ReadonlyArray<[string, MatterDecision]> = [
  ['cover', front('cover')],
  ['halftitlepage', front('half-title')],
  ['halftitle', front('half-title')],
  ['titlepage', front('title-page')],
  ['imprint', front('imprint')],
  ['copyright-page', front('copyright')],
  ['copyright', front('copyright')],
  ['dedication', front('dedication')],
  ['epigraph', front('epigraph')],
  ['toc', front('contents')],
  ['loi', front('contents')],
  ['lot', front('contents')],
  ['colophon', back('colophon')],
  ['acknowledgments', back('acknowledgements')],
  ['acknowledgements', back('acknowledgements')],
  ['endnotes', back('other')],
  ['footnotes', back('other')],
  ['rearnotes', back('other')],
  ['index', back('index')],
  ['glossary', back('other')],
  ['bibliography', back('other')],
  ['contributors', back('about-author')],
  ['other-credits', back('other')],
  ['license', back('licence')],
  ['licence', back('licence')],
  ['uncopyright', back('licence')],
];

/**
 * Titles that name front or back matter. Matched against the whole title (after dropping case,
 * punctuation and a leading "the"), so "The Dedication of the Temple" as a chapter title stays body.
 */
const TITLE_ROLES: ReadonlyArray<[RegExp, MatterDecision]> = [
  [/^(cover|front cover|cover page|cover image)$/, front('cover')],
  [/^(half title|half title page|halftitle)$/, front('half-title')],
  [/^(title page|title|titlepage)$/, front('title-page')],
  [/^(imprint|publication data|publishers note|publisher s note)$/, front('imprint')],
  [/^(copyright|copyright page|copyright notice|copyrights|legal notice|rights)$/, front('copyright')],
  [/^dedication$/, front('dedication')],
  [/^epigraph$/, front('epigraph')],
  [/^(contents|brief contents|detailed contents|table of contents|toc|list of illustrations|illustrations|list of figures|list of tables)$/, front('contents')],
  [/^colophon$/, back('colophon')],
  [/^(acknowledgements|acknowledgments|acknowledgement|acknowledgment)$/, back('acknowledgements')],
  [/^(also by|other books by|books by|also available|by the same author)\b/, back('also-by')],
  [/^(uncopyright|(full )?(project gutenberg(tm)? )?licen[cs]e|end of (the )?project gutenberg.*)$/, back('licence')],
  [/^(about the author|about the authors|about the illustrator|about the translator|about the editor|biography)$/, back('about-author')],
  [/^(index|general index)$/, back('index')],
  [/^(endnotes|notes|footnotes|bibliography|glossary|references|sources|transcriber s note|transcriber s notes|transcribers note|transcribers notes)$/, back('other')],
];

/** Titles that are read aloud whatever else the chapter looks like ("Extracts (Supplied by ...)" too). */
const READ_ALOUD_TITLE =
  /^((preface|foreword|forword|introduction|prologue|prolog|epilogue|afterword|etymology|extracts|prelude|author s preface|authors preface|proem|overture|interlude|postscript|conclusion|chapter|stave|book|part|volume|canto|letter)\b.*|note)$/;

/** Boilerplate phrases of copyright and licence pages. */
const BOILERPLATE =
  /©|\b(all rights reserved|copyright|isbn|public domain|standard ebooks|uncopyright|cc0|creative commons|project gutenberg|gutenberg\.org|standardebooks\.org|printed in|first published|published by|library of congress|cataloging|typeset|cover (art|image|design)|this ebook|license|licence|no part of this (book|publication)|reproduced|trademark)\b/g;

/** Phrases only the Project Gutenberg licence and its header/footer use, whatever their length. */
const GUTENBERG_LICENCE =
  /\*{3}\s*(start|end) of (the|this) project gutenberg|project gutenberg literary archive foundation|full project gutenberg(-tm)? license/i;

/** A short page is one that could be a title, copyright or dedication page, not a chapter. */
const SHORT_PAGE_WORDS = 400;

/**
 * Decides whether a chapter is read aloud (body) or is front or back matter, and why.
 *
 * Semantics win over titles, titles over content. Content alone only makes short pages matter:
 * a real chapter that mentions "copyright" once stays body.
 */
export function classifyMatter(input: MatterInput): MatterDecision {
  const semantics = (input.semantics ?? []).map((s) => s.trim().toLowerCase());
  const title = normaliseTitle(input.title);
  const bySemantics = placed(fromSemantics(semantics), semantics, input, title);
  if (bySemantics && !(bySemantics.role === 'epigraph' && isReadAloudEpigraph(title, input.text))) return bySemantics;

  if (title && READ_ALOUD_TITLE.test(title)) return BODY;
  for (const [pattern, decision] of TITLE_ROLES) {
    if (pattern.test(title)) return decision;
  }
  return fromContent(input, semantics);
}

/**
 * Puts a semantic role on the side of the book it is found on: Standard Ebooks mark their closing
 * "Uncopyright" as `backmatter copyright-page`, which is back matter, and a licence.
 */
function placed(decision: MatterDecision | null, semantics: string[], input: MatterInput, title: string): MatterDecision | null {
  if (!decision || decision.kind === 'body') return decision;
  const role = title === 'uncopyright' ? 'licence' : decision.role ?? 'other';
  const atBack = semantics.includes('backmatter') || (!semantics.includes('frontmatter') && input.count > 1 && input.index >= input.count / 2);
  if (role === 'copyright' || role === 'licence' || role === 'other') return atBack ? back(role) : front(role);
  return decision;
}

/**
 * An "epigraph" that is read all the same: one with a title that is read (Moby-Dick's "Extracts" is
 * marked as an epigraph) or one as long as a chapter.
 */
function isReadAloudEpigraph(title: string, text: string): boolean {
  return READ_ALOUD_TITLE.test(title) || countWords(text.slice(0, 6000)) > SHORT_PAGE_WORDS;
}

function fromSemantics(semantics: string[]): MatterDecision | null {
  if (semantics.length === 0) return null;
  for (const [value, decision] of SEMANTIC_ROLES) {
    if (semantics.includes(value)) return decision;
  }
  if (semantics.some((s) => READ_ALOUD_SEMANTICS.has(s))) return BODY;
  return null;
}

function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}©]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function fromContent(input: MatterInput, semantics: string[]): MatterDecision {
  const text = input.text.slice(0, 6000);
  const words = countWords(text);
  const lower = text.toLowerCase();
  const nearEnd = input.count > 1 && input.index >= input.count / 2;
  const inFrontMatter = semantics.includes('frontmatter');
  const inBackMatter = semantics.includes('backmatter');

  if (GUTENBERG_LICENCE.test(text)) return nearEnd || input.index > 0 ? back('licence') : front('copyright');
  if (words === 0) return inBackMatter || nearEnd ? back('other') : front(input.index === 0 ? 'cover' : 'other');

  if (words <= SHORT_PAGE_WORDS) {
    const hits = lower.match(BOILERPLATE)?.length ?? 0;
    // Boilerplate density: a copyright page is mostly these phrases; a scene is not.
    if (hits >= 3 || (hits >= 1 && words <= 60) || (hits >= 2 && hits * 25 >= words)) {
      if (/\buncopyright\b|\bcc0\b|\blicen[cs]e\b/.test(lower) && nearEnd) return back('licence');
      if (/\bcolophon\b|\bstandard ebooks\b/.test(lower) && nearEnd) return back('colophon');
      return nearEnd ? back('licence') : front(/\bstandard ebooks\b/.test(lower) ? 'imprint' : 'copyright');
    }
    if (looksLikeContents(text)) return front('contents');
    if (nearEnd && /^\s*(also by|other (books|titles) by|by the same author)\b/i.test(text)) return back('also-by');
    if (!nearEnd && words <= 40 && /^\s*(to|for|in memory of|dedicated to)\b/i.test(text) && !/["“”]/.test(text)) {
      return front('dedication');
    }
    if (input.index < 3 && !nearEnd && words <= TITLE_PAGE_WORDS && looksLikeTitlePage(text)) return front('title-page');
  }
  // A section only marked "front/back matter" but as long as a chapter is read: it is an essay or
  // an introduction that the publisher did not label more precisely.
  if (words <= SHORT_PAGE_WORDS && inFrontMatter) return front('other');
  if (words <= SHORT_PAGE_WORDS && inBackMatter) return back('other');
  return BODY;
}

/** A title page has a handful of words: title, sub-title, author, perhaps a publisher. */
const TITLE_PAGE_WORDS = 30;

/** Short lines that are titles, by-lines or capitals, never sentences of prose. */
function looksLikeTitlePage(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  return lines.length > 0 && lines.length <= 8 && lines.every((line) => /^(by|translated|illustrated|edited|with)\b/i.test(line) || !/[.!?]["”’]?$/.test(line) || !/\p{Ll}/u.test(line));
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The runs of letters and digits, as `/[\p{L}\p{N}]+/gu` finds them, counted without making a string
 * of each: every chapter's opening is counted, and on a long book the matches cost more than the rest
 * of the classification.
 */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let wordChar: boolean;
    if (c < 128) {
      wordChar = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    } else if (c >= 0x2000 && c <= 0x206f) {
      // General Punctuation (curly quotes, dashes, spaces) holds no letter or digit.
      wordChar = false;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      wordChar = LETTER_OR_NUMBER.test(text.slice(i, i + 2));
      i++;
    } else {
      wordChar = LETTER_OR_NUMBER.test(text[i]!);
    }
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words;
}

const CONTENTS_LINE =
  /^\s*((chapter|stave|book|part|letter|canto|section)\s+([ivxlcdm]+|\d+|[a-z-]+)\b.*|[ivxlcdm]+\.?\s+\S.*|\d+\.?\s+\S.*|.*\s\d+\s*)$/i;

/** A page of mostly short lines that name chapters (with or without page numbers). */
function looksLikeContents(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length < 4) return /^\s*(table of )?contents\b/i.test(text);
  let chapterish = 0;
  let short = 0;
  for (const line of lines) {
    if (line.length <= 80) short++;
    if (CONTENTS_LINE.test(line) && line.length <= 80) chapterish++;
  }
  const startsWithContents = /^(table of )?contents\b/i.test(lines[0] ?? '');
  return short >= lines.length * 0.9 && (chapterish >= lines.length * 0.6 || (startsWithContents && chapterish >= lines.length * 0.4));
}
