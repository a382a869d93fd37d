import type { SearchMatch } from '../../../../shared/script-editing';

export interface ExcerptParts {
  before: string;
  match: string;
  after: string;
}

/**
 * The excerpt split around the matched words, for showing them marked. The excerpt is a window of
 * the line's text; the match is found in it by the matched text, nearest its middle when repeated.
 */
export function excerptParts(match: SearchMatch, lineText: string | null): ExcerptParts {
  const matched = lineText?.slice(match.start, match.end) ?? '';
  const { excerpt } = match;
  if (!matched) return { before: excerpt, match: '', after: '' };
  let at = excerpt.indexOf(matched);
  if (at < 0) at = excerpt.toLowerCase().indexOf(matched.toLowerCase());
  if (at < 0) return { before: excerpt, match: '', after: '' };
  return { before: excerpt.slice(0, at), match: excerpt.slice(at, at + matched.length), after: excerpt.slice(at + matched.length) };
}
