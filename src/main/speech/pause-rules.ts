import type { Replacement, Rule, RuleContext } from './rule';

/** Lengths of the pauses a reader makes at a dash and at an ellipsis. */
export const DASH_PAUSE_MS = 300;
export const ELLIPSIS_PAUSE_MS = 500;

/**
 * A pause takes the spaces around it. Its text is what makes an engine without breaks pause: a
 * comma for a dash, three dots for an ellipsis; no mark where punctuation already pauses (a dash
 * after "!" or before ",") or at the very start of the text, and a space to keep words apart.
 */
function pause(match: RegExpExecArray, at: number, ctx: RuleContext, mark: string, ms: number): Replacement {
  const end = at + match[0].length;
  const next = ctx.source[end] ?? '';
  const before = ctx.source.slice(0, at).trimEnd();
  const punctuatedBefore = /[,.;:!?]$/.test(before);
  const punctuatedAfter = mark === ',' && /^[,.;:!?]/.test(next);
  const markText = before === '' || punctuatedBefore || punctuatedAfter ? '' : mark;
  const space = before === '' || next === '' || /^[,.;:!?"'”’)\]]/.test(next) ? '' : ' ';
  return { length: match[0].length, text: markText + space, pauseMs: ms, absorbSpaceBefore: true };
}

/** An em dash, a double hyphen, a horizontal bar, or a spaced en dash or hyphen. */
const dash: Rule = {
  name: 'dash',
  anywhere: true,
  pattern: /(?:[—―]+|-{2,}|(?<=\s)[–-](?=\s))\s*/y,
  replace: (m, at, ctx) => pause(m, at, ctx, ',', DASH_PAUSE_MS),
};

const ellipsis: Rule = {
  name: 'ellipsis',
  anywhere: true,
  pattern: /(?:…|\.{3,}|\.(?: \.){2,})\s*/y,
  replace: (m, at, ctx) => pause(m, at, ctx, '...', ELLIPSIS_PAUSE_MS),
};

export const pauseRules: readonly Rule[] = [dash, ellipsis];
