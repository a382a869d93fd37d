import { describe, expect, it } from 'vitest';
import { blankedMarks, blanksApostrophes, cutNestedLines, voicedSpans } from './nested-quotes';
import type { QuoteSpan } from './pair-quote-marks';

/** The whole paragraph as one quote opened by its first mark and left open, as a continued story is. */
function storyQuote(text: string): QuoteSpan[] {
  const open = text.indexOf('"');
  let start = open + 1;
  while (text[start] === ' ') start++;
  return [{ start, end: text.length, openMark: open, closeMark: -1 }];
}

/** The cleaned text of a source paragraph (spaces collapsed), the blanked marks and the pieces left. */
function cut(source: string): string[] {
  const text = source.replace(/\s+/g, ' ');
  const marks = blankedMarks(text, source, 0, source.length);
  return cutNestedLines(text, storyQuote(text), marks).map((s) => text.slice(s.start, s.end));
}

describe('nested lines in a book whose marks were blanked out', () => {
  it('recognises a book that blanks its apostrophes, and one that keeps them', () => {
    const blanked = 'It s late. I don t know. He didn t come. That s all. I m tired. It s done.';
    expect(blanksApostrophes(blanked)).toBe(true);
    expect(blanksApostrophes(blanked.replace(/ (?=[stm]\b)/g, "'"))).toBe(false);
    expect(blanksApostrophes('A plain story with no contractions at all, told twice over.')).toBe(false);
  });

  it('finds the blanks: double spaces inside a line, not the single spaces of a wrapped line', () => {
    const source = '" Listen to me, sir,  said the tall\nman.  You must choose.';
    const text = source.replace(/\s+/g, ' ');
    const marks = blankedMarks(text, source, 0, source.length);
    expect(marks.map((i) => text.slice(i, i + 4))).toEqual(['said', 'You ']);
  });

  it('cuts the story character\'s lines out of the teller\'s quote and keeps the teller\'s tags', () => {
    expect(cut('" Listen to me, sir,  said the tall man.  You must choose now.')).toEqual(['said the tall man.']);
    expect(cut('" How can I choose?  said I.  You have told me nothing.')).toEqual(['said I.']);
    // A nested speech that runs on over the whole paragraph leaves nothing of the teller.
    expect(cut('" There is a rich merchant in the north who travels alone.')).toEqual([]);
  });

  it('leaves the teller\'s own narration, and a word echoed at the start, in the quote', () => {
    expect(cut('"The night was dark and I was alone on the wall.')).toEqual(['The night was dark and I was alone on the wall.']);
    expect(cut('" Pleasure  indeed! I call you a fool, sir.')).toEqual(['Pleasure indeed! I call you a fool, sir.']);
  });

  it('keeps each piece with the speaker of the quote it was cut from, and leaves other books alone', () => {
    const source = '" Listen to me, sir,  said the tall man.  You must choose now.';
    const text = source.replace(/\s+/g, ' ');
    const paragraph = { text, start: 0, end: source.length };
    const spans = storyQuote(text);
    const voiced = voicedSpans(paragraph, spans, ['teller'], source);
    expect(voiced.spans.map((s) => text.slice(s.start, s.end))).toEqual(['said the tall man.']);
    expect(voiced.speakers).toEqual(['teller']);
    expect(voicedSpans(paragraph, spans, ['teller'], null)).toEqual({ spans, speakers: ['teller'] });
  });
});
