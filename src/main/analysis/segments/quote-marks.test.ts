import { describe, expect, it } from 'vitest';
import { TRICKY_PIECES, randomTexts } from '../testing/random-text';
import { findQuoteMarks } from './quote-marks';
import type { QuoteStyle } from './quote-style';

const STYLES: QuoteStyle[] = [
  { family: 'double', lowHigh: false, guillemetsReversed: false, dashDialogue: false },
  { family: 'double', lowHigh: true, guillemetsReversed: true, dashDialogue: false },
  { family: 'single', lowHigh: false, guillemetsReversed: false, dashDialogue: false },
];

describe('findQuoteMarks', () => {
  it('takes a doubled straight mark for one and tells quotes from apostrophes', () => {
    const text = 'He said ""tis so" and left.';
    const double = findQuoteMarks(text, STYLES[0] as QuoteStyle);
    expect(double.map((m) => [m.index, m.length, m.role])).toEqual([
      [text.indexOf('"'), 2, 'either'],
      [text.lastIndexOf('"'), 1, 'either'],
    ]);
    const british = '\u2018Don\u2019t go,\u2019 said the Bennets\u2019 maid.';
    const single = findQuoteMarks(british, STYLES[2] as QuoteStyle);
    expect(single.map((m) => [m.index, m.role, m.weak])).toEqual([
      [0, 'open', false],
      [british.indexOf(',') + 1, 'close', false],
      [british.indexOf('s\u2019') + 1, 'close', true],
    ]);
  });

  it('finds every mark of the family, in order, whatever surrounds it', () => {
    const pieces = [...TRICKY_PIECES, '"', '""', '\u201e', '\u00ab', '\u00bb', '\u2018', "'tis", ' said'];
    for (const text of randomTexts(pieces, 1500, 20, 5)) {
      for (const style of STYLES) {
        const marks = findQuoteMarks(text, style);
        const glyphs = style.family === 'double' ? '"\u201c\u201d\u201e\u00ab\u00bb' : "'\u2018\u2019";
        for (const m of marks) expect(glyphs.includes(text[m.index] ?? '')).toBe(true);
        expect(marks.map((m) => m.index)).toEqual([...marks.map((m) => m.index)].sort((a, b) => a - b));
        // Every double mark is found, a doubled straight mark once; no two marks overlap.
        if (style.family === 'double') {
          const expected = [...text.matchAll(/""|["\u201c\u201d\u201e\u00ab\u00bb]/g)].map((m) => m.index);
          expect(marks.map((m) => m.index), JSON.stringify(text)).toEqual(expected);
        }
      }
    }
  });
});
