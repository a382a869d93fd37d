import { dropSentinels, EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../clean/emphasis-marks';
import { decodeEntities } from './html-entities';

/**
 * Backslash-escaped and code-span characters are hidden in this private-use block while links,
 * tags and emphasis are parsed, so they are never taken for markup, then restored.
 */
const PROTECT_BASE = 0xf000;
const PROTECTED_RE = /[\uF000-\uF07F]/g;
const protect = (s: string): string => s.replace(/[!-/:-@[-`{-~]/g, (c) => String.fromCharCode(PROTECT_BASE + c.charCodeAt(0)));
const unprotect = (s: string): string => s.replace(PROTECTED_RE, (c) => String.fromCharCode(c.charCodeAt(0) - PROTECT_BASE));

const ESCAPE_RE = /\\([!-/:-@[-`{-~])/g;
const CODE_SPAN_RE = /(`+)(?!`)([^]{0,2000}?[^`])\1(?!`)/g;
const DROPPED_HTML_RE = /<(script|style|textarea|template|iframe|object)\b[^]*?(?:<\/\1\s*>|$)|<!--[^]*?(?:-->|$)/gi;
const EMPHASIS_TAG_OPEN_RE = /<(?:em|i|cite|dfn)\b[^>]*>/gi;
const EMPHASIS_TAG_CLOSE_RE = /<\/(?:em|i|cite|dfn)\s*>/gi;
const BREAK_TAG_RE = /<br\s*\/?>/gi;
const ANY_TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>|<![A-Za-z][^<>]*>|<\?[^<>]*\?>/g;
const AUTOLINK_RE = /<((?:https?|ftp|mailto):[^\s<>]{1,2000})>/gi;
const IMAGE_RE = /!\[(?:[^[\]]|\[[^[\]]*\]){0,1000}\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\[[^\]]{0,200}\])?(?:\{[^{}]{0,500}\})?/g;
const INLINE_NOTE_RE = /\^\[(?:[^[\]]|\[[^[\]]*\]){0,5000}\]/g;
const NOTE_REF_RE = /\[\^[^\]\s]{1,100}\]/g;
const LINK_RE = /\[((?:[^[\]]|\[[^[\]]*\]){0,1000})\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\[[^\]]{0,200}\]|\{[^{}]{0,500}\})/g;
const STRIKE_RE = /~~(?=\S)([^~]{1,2000}?)~~/g;

/**
 * Renders one block's Markdown inline content to plain text, with emphasis marked by the sentinels
 * of `emphasis-marks.ts`: links keep their text, images, footnote references and raw HTML tags go
 * (script and style content with them), `*x*` `_x_` `**x**` `<em>` become emphasis, entities are
 * decoded. Whitespace is not normalised here.
 */
export function renderInline(raw: string): string {
  let s = dropSentinels(raw).replace(PROTECTED_RE, '');
  s = s.replace(ESCAPE_RE, (_m, c: string) => protect(c));
  if (s.includes('`')) s = s.replace(CODE_SPAN_RE, (_m, _ticks: string, code: string) => protect(code.trim()));
  if (s.includes('<')) {
    s = s
      .replace(DROPPED_HTML_RE, '')
      .replace(AUTOLINK_RE, (_m, url: string) => protect(url))
      .replace(EMPHASIS_TAG_OPEN_RE, EMPHASIS_OPEN)
      .replace(EMPHASIS_TAG_CLOSE_RE, EMPHASIS_CLOSE)
      .replace(BREAK_TAG_RE, ' ')
      .replace(ANY_TAG_RE, '');
  }
  if (s.includes('[')) {
    s = s.replace(IMAGE_RE, '').replace(INLINE_NOTE_RE, '').replace(NOTE_REF_RE, '');
    // Twice, for a link inside a span (`[[text](url)]{.smallcaps}`).
    s = s.replace(LINK_RE, '$1').replace(LINK_RE, '$1');
  }
  if (s.includes('~~')) s = s.replace(STRIKE_RE, '$1');
  s = s.replace(/\\\n/g, ' ');
  s = markEmphasis(s);
  return decodeEntities(unprotect(s)).replace(PROTECTED_RE, '');
}

interface Delimiter {
  /** Index of the run's token in `tokens`. */
  token: number;
  char: '*' | '_';
  /** Characters still unmatched. */
  count: number;
  originalCount: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * CommonMark's delimiter-run rules, simplified: runs of `*` or `_` that are left-flanking can open,
 * right-flanking can close, `_` inside a word does neither, and a closer matches the nearest opener
 * of the same character (with the rule of three). Matched runs become emphasis sentinels; strong
 * and emphasis are both emphasis for speech. Unmatched runs stay as literal characters.
 */
function markEmphasis(s: string): string {
  if (!s.includes('*') && !s.includes('_')) return s;
  const tokens: string[] = [];
  // Per token: how many emphasis spans it opens and closes, and how many of its characters that used.
  const opens: number[] = [];
  const closes: number[] = [];
  const used: number[] = [];
  const stack: Delimiter[] = [];
  const runRe = /\*+|_+/g;
  let from = 0;
  for (const m of s.matchAll(runRe)) {
    tokens.push(s.slice(from, m.index));
    opens.push(0);
    closes.push(0);
    used.push(0);
    const run = m[0];
    const before = m.index > 0 ? s[m.index - 1] ?? ' ' : ' ';
    const after = s[m.index + run.length] ?? ' ';
    const leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const char = run[0] === '*' ? '*' : '_';
    const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunct(before));
    const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunct(after));
    const token = tokens.length;
    tokens.push(run);
    opens.push(0);
    closes.push(0);
    used.push(0);
    let delim: Delimiter = { token, char, count: run.length, originalCount: run.length, canOpen, canClose };
    if (canClose) delim = closeAgainst(stack, delim, { opens, closes, used });
    if (delim.count > 0 && canOpen) stack.push(delim);
    from = m.index + run.length;
  }
  tokens.push(s.slice(from));
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const literal = i % 2 === 1 ? t.slice(0, t.length - (used[i] ?? 0)) : t;
    out.push(EMPHASIS_CLOSE.repeat(closes[i] ?? 0), literal, EMPHASIS_OPEN.repeat(opens[i] ?? 0));
  });
  return out.join('');
}

/** Matches a closing run against openers on the stack; returns what is left of it. */
interface MatchCounts {
  opens: number[];
  closes: number[];
  used: number[];
}

function closeAgainst(stack: Delimiter[], closer: Delimiter, counts: MatchCounts): Delimiter {
  let remaining = closer.count;
  while (remaining > 0) {
    let j = stack.length - 1;
    while (j >= 0) {
      const o = stack[j];
      if (o && o.char === closer.char && o.count > 0 && !breaksRuleOfThree(o, closer)) break;
      j--;
    }
    if (j < 0) break;
    const opener = stack[j];
    if (!opener) break;
    const take = Math.min(opener.count, remaining, 2);
    opener.count -= take;
    remaining -= take;
    counts.opens[opener.token] = (counts.opens[opener.token] ?? 0) + 1;
    counts.closes[closer.token] = (counts.closes[closer.token] ?? 0) + 1;
    counts.used[opener.token] = (counts.used[opener.token] ?? 0) + take;
    counts.used[closer.token] = (counts.used[closer.token] ?? 0) + take;
    // Openers above the match can no longer be closed: emphasis does not interleave.
    stack.length = opener.count > 0 ? j + 1 : j;
  }
  return { ...closer, count: remaining };
}

function breaksRuleOfThree(opener: Delimiter, closer: Delimiter): boolean {
  if (!(opener.canClose || closer.canOpen)) return false;
  const sum = opener.originalCount + closer.originalCount;
  return sum % 3 === 0 && !(opener.originalCount % 3 === 0 && closer.originalCount % 3 === 0);
}

function isSpace(c: string): boolean {
  return /\s/.test(c);
}

const PUNCT = /[\p{P}\p{S}]/u;

function isPunct(c: string): boolean {
  return PUNCT.test(c);
}
