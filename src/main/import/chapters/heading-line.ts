/**
 * Recognises a plain-text chapter or part heading from one line.
 *
 * What the caller must check: the line stands alone, i.e. it is the first line of a block that
 * follows a blank line (or the start of the file), and the block is short (a heading plus at most a
 * few sub-title lines). This function only looks at the line; it does not know its neighbours, so
 * "I." at the start of running prose would be accepted here if passed alone.
 */
export interface HeadingLine {
  /** The heading as written, trimmed, inner whitespace collapsed, a lone trailing full stop dropped. */
  title: string;
  level: 'part' | 'chapter';
}

const ROMAN = 'M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUMBER_WORD = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS}|hundred|zero)`;
const ORDINAL_UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const ORDINAL_WORD = `(?:(?:${TENS})[- ](?:${ORDINAL_UNITS})|(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)|${ORDINAL_UNITS}|last|final)`;
/** A chapter number: arabic, roman (any case after a keyword), a number word, or "the first". */
const NUMBER = `(?:\\d{1,4}|(?=[ivxlcdm])(?:${ROMAN.toLowerCase()})|${NUMBER_WORD}|(?:the\\s+)?${ORDINAL_WORD})`;

const CHAPTER_WORDS = 'chapter|chap\\.|stave|letter|canto|section|episode|scene';
const PART_WORDS = 'part|book|volume|vol\\.';
/** Separators between a numbered heading and its sub-title on the same line. */
const SEP = '(?:\\s*[.:;—–-]\\s*|\\s+)';
const SUBTITLE = '(\\S.{0,99})';

const KEYWORD_HEADING = new RegExp(`^(${CHAPTER_WORDS}|${PART_WORDS})\\s+(${NUMBER})(?:\\.?(?:${SEP}${SUBTITLE})?)?\\.?$`, 'i');
const ORDINAL_FIRST_HEADING = new RegExp(`^(?:the\\s+)?(${ORDINAL_WORD})\\s+(${CHAPTER_WORDS}|${PART_WORDS})\\.?$`, 'i');
/** Alone on a line, a roman numeral is a chapter number only below 400: "MIX" and "DID" are words. */
const SMALL_ROMAN = '(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
const BARE_ROMAN = new RegExp(`^(?=[IVXLC])(${SMALL_ROMAN})\\.?$`);
const ROMAN_WITH_TITLE = new RegExp(`^(?=[IVXLC])(${SMALL_ROMAN})\\.\\s+(\\p{Lu}.{0,79})$`, 'u');
const BARE_ARABIC = /^(\d{1,3})\.?$/;
const NAMED_SECTION =
  /^(prologue|epilogue|preface|foreword|introduction|afterword|interlude|postscript|author's note|author’s note|etymology|extracts|appendix(?: [a-z\d]{1,4})?)(?:\s*[.:—–-]\s*(\S.{0,99}))?\.?$/i;
/** Front and back matter sections, by their usual headings; `classifyMatter` decides what they are. */
const MATTER_SECTION =
  /^(imprint|colophon|uncopyright|contents|table of contents|dedication|copyright|acknowledge?ments|about the author|index|endnotes|notes|glossary|bibliography|transcriber['’]?s notes?|also by .{1,60}|other books by .{1,60})\.?$/i;

/**
 * Returns the heading's title and level, or null when the line is not a heading. Keywords must be
 * capitalised ("Chapter" or "CHAPTER"); a sub-title on the same line must be separated by
 * punctuation or start with a capital, so "Chapter one of my life was over" is not a heading.
 */
export function parseHeadingLine(line: string): HeadingLine | null {
  if (line.length > 400) return null;
  const trimmed = line.replace(/\s+/g, ' ').trim();
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  if (!/^[\p{Lu}\d]/u.test(trimmed)) return null;

  const keyword = KEYWORD_HEADING.exec(trimmed);
  if (keyword) {
    const word = (keyword[1] ?? '').toLowerCase();
    const subtitle = keyword[3];
    if (subtitle !== undefined && !acceptableSubtitle(trimmed, keyword[2] ?? '', subtitle)) return null;
    return { title: tidy(trimmed), level: PART_KEYWORDS.has(word) ? 'part' : 'chapter' };
  }
  const ordinalFirst = ORDINAL_FIRST_HEADING.exec(trimmed);
  // "First part." in prose is not "FIRST PART": the keyword must be capitalised too.
  if (ordinalFirst && /^\p{Lu}/u.test(ordinalFirst[2] ?? '')) {
    const word = (ordinalFirst[2] ?? '').toLowerCase();
    return { title: tidy(trimmed), level: PART_KEYWORDS.has(word) ? 'part' : 'chapter' };
  }
  if (BARE_ROMAN.test(trimmed) || BARE_ARABIC.test(trimmed)) return { title: tidy(trimmed), level: 'chapter' };
  const romanTitled = ROMAN_WITH_TITLE.exec(trimmed);
  const romanSubtitle = romanTitled?.[2] ?? '';
  // "C. D." is a signature's initials, not chapter C: a sub-title has a real word in it.
  if (romanTitled && /\p{L}{3}/u.test(romanSubtitle) && !/[,;]$/.test(trimmed) && !endsLikeSentence(romanSubtitle)) {
    return { title: tidy(trimmed), level: 'chapter' };
  }
  const named = NAMED_SECTION.exec(trimmed);
  if (named) return { title: tidy(trimmed), level: 'chapter' };
  if (MATTER_SECTION.test(trimmed)) return { title: tidy(trimmed), level: 'chapter' };
  return null;
}

const PART_KEYWORDS = new Set(['part', 'book', 'volume', 'vol.']);

/**
 * After "Chapter 3" a sub-title must be set off by punctuation or start with a capital; prose that
 * happens to begin with a keyword and a number ("Book two of the series sold well.") does not.
 */
function acceptableSubtitle(line: string, number: string, subtitle: string): boolean {
  const afterNumber = line.slice(line.indexOf(number) + number.length);
  const punctuated = /^\s*[.:;—–-]/.test(afterNumber);
  if (!punctuated && !/^[\p{Lu}\d'‘“"(]/u.test(subtitle)) return false;
  if (!punctuated && endsLikeSentence(subtitle)) return false;
  return !/[,;]$/.test(subtitle);
}

/** A run of lower-case words ending in a full stop reads as a sentence, not a title. */
function endsLikeSentence(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 4) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return /[.!?]$/.test(text) && lower >= words.length / 2;
}

function tidy(title: string): string {
  return title.endsWith('..') ? title : title.replace(/\.$/, '');
}
