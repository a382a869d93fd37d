import { describe, expect, it } from 'vitest';
import { mapOffset, stripFootnoteMarkers } from './footnote-markers';

describe('stripFootnoteMarkers', () => {
  it.each([
    ['He left.[1] Then she came.', 'He left. Then she came.'],
    ['He left [12] and she came.', 'He left and she came.'],
    ['A word[^1] here.', 'A word here.'],
    ['A word[^note-a] here.', 'A word here.'],
    ['Mass¹ and energy²³.', 'Mass and energy.'],
    ['The end.* Really†, truly‡.', 'The end. Really, truly.'],
  ])('strips markers from %j', (input, output) => {
    expect(stripFootnoteMarkers(input).text).toBe(output);
  });

  it.each(['5 * 3 = 15', 'see [a] note', 'a *bold* claim.*', 'item [1000] stays', 'The year 1066 was busy.'])('leaves %j alone', (input) => {
    expect(stripFootnoteMarkers(input).text).toBe(input);
  });

  it('moves emphasis with the text and reports kept ranges', () => {
    const input = 'One[1] two three';
    const { text, emphasis, kept } = stripFootnoteMarkers(input, [{ start: 7, end: 10 }]);
    expect(text).toBe('One two three');
    expect(text.slice(emphasis[0]?.start, emphasis[0]?.end)).toBe('two');
    expect(kept.map((r) => input.slice(r.start, r.end)).join('')).toBe(text);
  });

  it('maps offsets through removed spans', () => {
    const { kept } = stripFootnoteMarkers('ab[1]cd');
    expect([0, 2, 3, 5, 7].map((o) => mapOffset(o, kept))).toEqual([0, 2, 2, 2, 4]);
  });
});
