import type { EnglishStyle, Rule } from '../rule';
import { cardinalWords, digitWords } from './number-words';

const SYMBOLS: Record<string, string> = {
  '.': 'dot', '/': 'slash', '-': 'dash', _: 'underscore', '@': 'at', ':': 'colon', '?': 'question mark', '=': 'equals',
  '&': 'and', '#': 'hash', '~': 'tilde', '+': 'plus', '%': 'percent',
};

const TLDS = 'com|org|net|edu|gov|mil|int|info|biz|io|ai|app|dev|uk|us|ca|au|de|fr|nl|eu|ie|nz|in|jp|es|it|ch|se|no|dk|be|at|pl|ru|br|mx|za|co';
/** Whatever ends an address in running text: a closing bracket or the sentence's punctuation. */
const TRAILING = /[.,;:!?)\]'"’”]+$/;

/** Reads an address piece by piece: words as words, numbers as numbers, symbols by name. */
function spellAddress(address: string, style: EnglishStyle): string {
  const words: string[] = [];
  for (const token of address.match(/[\p{L}\p{M}]+|\d+|[^\p{L}\p{M}\d]/gu) ?? []) {
    if (/^\d+$/.test(token)) words.push(token.length > 4 || token.startsWith('0') ? digitWords(token) : cardinalWords(Number(token), style));
    else if (token.toLowerCase() === 'www') words.push('w w w');
    else if (/^\p{L}/u.test(token)) words.push(token);
    else if (SYMBOLS[token]) words.push(SYMBOLS[token]);
  }
  return words.join(' ');
}

const email: Rule = {
  name: 'email',
  pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}@])/uy,
  replace: (m, _at, ctx) => spellAddress(m[0], ctx.style),
};

/** A web address: with a scheme, starting `www.`, or a bare domain with a well-known ending. */
const url: Rule = {
  name: 'url',
  pattern: new RegExp(
    String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:${TLDS})(?![\p{L}\p{N}])(?:\/[^\s<>"“”]*)?`,
    'uy',
  ),
  replace(m, _at, ctx) {
    const address = m[0].replace(TRAILING, '');
    if (address.length === 0) return null;
    // The scheme is never said aloud; a closing slash adds nothing.
    const spoken = address.replace(/^https?:\/\//i, '').replace(/\/$/, '');
    return { length: address.length, text: spellAddress(spoken, ctx.style) };
  },
};

export const webAddressRules: readonly Rule[] = [email, url];
