import { describe, expect, it } from 'vitest';
import type { ParagraphDialogue } from './find-dialogue';
import { isIndentedProse, isVerseLayout, markSungVerse } from './sung-verse';

const empty = (): ParagraphDialogue => ({ spans: [], continuesPrevious: false, continuesNext: false });

describe('verse and indented prose', () => {
  it('tells indented short lines from indented prose and from ordinary wrapped prose', () => {
    expect(isVerseLayout('    Isn\'t it funny\n    How a bear likes honey?\n    Buzz! Buzz! Buzz!')).toBe(true);
    expect(isVerseLayout('It was a bright cold day in April, and the clocks were striking\nthirteen.')).toBe(false);
    expect(isIndentedProse('     "I have seen them both. They are not married, nor can I find there was\n     any intention of being so; but if you are willing to perform the')).toBe(true);
    expect(isIndentedProse('    Isn\'t it funny\n    How a bear likes honey?')).toBe(false);
  });

  it('makes an unquoted song after a singing cue a line, carried over its verses', () => {
    const texts = ['Winnie-the-Pooh sang this song:', "Isn't it funny How a bear likes honey?", 'Buzz! Buzz! Buzz!', 'Then he climbed a little further.'];
    const dialogue = texts.map(empty);
    markSungVerse(texts, [false, true, true, false], dialogue);
    expect(dialogue.map((d) => d.spans.length)).toEqual([0, 1, 1, 0]);
    expect(dialogue[2]?.continuesPrevious).toBe(true);
    expect(dialogue[1]?.continuesNext).toBe(true);
  });

  it('leaves verse alone without a cue, and under a title in capitals', () => {
    const texts = ['It was a quiet day.', 'Roses are red', 'ANXIOUS POOH SONG.', 'Three cheers for Pooh'];
    const dialogue = texts.map(empty);
    markSungVerse(texts, [false, true, false, true], dialogue);
    expect(dialogue.every((d) => d.spans.length === 0)).toBe(true);
  });
});
