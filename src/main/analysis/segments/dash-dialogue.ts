import { isSpeechVerb } from '../attribution/speech-verbs';
import type { QuoteSpan } from './pair-quote-marks';
import { DASHES } from './quote-style';

/** Length of the dash at `i` (an em dash, a horizontal bar, an en dash, or `--`), or 0. */
function dashAt(text: string, i: number): number {
  const c = text[i] ?? '';
  if (DASHES.has(c)) return 1;
  if (c === '-' && text[i + 1] === '-') return text[i + 2] === '-' ? 3 : 2;
  return 0;
}

function skipSpaces(text: string, i: number): number {
  let k = i;
  while (k < text.length && /\s/.test(text[k] ?? '')) k++;
  return k;
}

/** Whether the paragraph opens with a dash followed by words: dash-introduced speech. */
export function startsWithDialogueDash(text: string): boolean {
  const i = skipSpaces(text, 0);
  const n = dashAt(text, i);
  return n > 0 && /[\p{L}\p{N}\s¿¡]/u.test(text[i + n] ?? '');
}

/**
 * Speech introduced by a dash: `—Yes —said Juan—. I will.` or `— Yes, — he said. — I will.`
 * A dash after a space switches to narration; the next dash switches back to speech. Without a
 * closing dash (Joyce's `—Yes, said Stephen.`) a comma followed by a speech tag starts narration;
 * the rest of the paragraph stays narration unless another dash reopens speech.
 */
export function findDashDialogue(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = skipSpaces(text, 0);
  const lead = dashAt(text, i);
  if (lead === 0) return spans;
  let speechStart = i + lead;
  let openMark = i;
  i = speechStart;
  while (i < text.length) {
    const n = dashAt(text, i);
    const narrationByDash = n > 0 && /\s/.test(text[i - 1] ?? '');
    const tagAt = narrationByDash ? -1 : commaTag(text, i);
    if (!narrationByDash && tagAt < 0) {
      i++;
      continue;
    }
    push(spans, text, speechStart, narrationByDash ? i : i + 1, openMark, narrationByDash ? i : -1);
    const narrationStart = narrationByDash ? i + n : tagAt;
    const resume = findClosingDash(text, narrationStart);
    if (resume < 0) return spans;
    let k = resume + dashAt(text, resume);
    while (k < text.length && /[\s.,;:]/.test(text[k] ?? '')) k++;
    if (k >= text.length) return spans;
    openMark = resume;
    speechStart = k;
    i = k;
  }
  push(spans, text, speechStart, text.length, openMark, -1);
  return spans;
}

function findClosingDash(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (dashAt(text, k) > 0) return k;
  return -1;
}

/** At a comma, whether a speech tag follows within three words (`, said Stephen`, `, he said`). */
function commaTag(text: string, i: number): number {
  if (text[i] !== ',') return -1;
  const rest = text.slice(i + 1, i + 60);
  const words = rest.match(/^\s*(\S+)(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?/);
  if (!words) return -1;
  const list = words.slice(1).map((w) => (w ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''));
  for (let k = 0; k < 3; k++) {
    if (isSpeechVerb(list[k] ?? '', list[k + 1] ?? '')) return skipSpaces(text, i + 1);
  }
  return -1;
}

function push(spans: QuoteSpan[], text: string, start: number, end: number, openMark: number, closeMark: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e, openMark, closeMark });
}
