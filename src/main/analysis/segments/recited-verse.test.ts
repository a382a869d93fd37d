import { describe, expect, it } from 'vitest';
import type { ParagraphDialogue } from './find-dialogue';
import { dropRecitedVerse, isVerseLines, wrapWidth } from './recited-verse';

const WIDTH = 70;
const stanza = ['"How doth the little busy bee', '    Improve each shining hour,', 'And gather honey all the day', '    From every opening flower!"'].join('\n');
const longStanza = [
  '"Will you walk a little faster?" said a whiting to a snail.',
  '"There\'s a porpoise close behind us, and he\'s treading on my tail.',
  'See how eagerly the lobsters and the turtles all advance!',
  'They are waiting on the shingle--will you come and join the dance?"',
].join('\n');
const prose = [
  '"I never wish to leave it; and when I am in town it is pretty much the',
  'same. They have each their advantages, and I can be equally happy in',
  'either, as long as the company is good and the dinners are not late."',
].join('\n');
const capitalisedProse = [
  '"It is a truth universally acknowledged, said the old man at the door,',
  'That a single man in possession of a good fortune must be in want of',
  'A wife, or so the ladies of the neighbourhood like to tell each other."',
].join('\n');

const quoted = (): ParagraphDialogue => ({ spans: [{ start: 1, end: 10, openMark: 0, closeMark: 10 }], continuesPrevious: false, continuesNext: false });

describe('recited verse', () => {
  it('measures the wrap width of a plain-text book', () => {
    expect(wrapWidth(`${'x'.repeat(70)}\n`.repeat(40) + 'short\n')).toBe(70);
  });

  it('tells verse lines, short or long, from wrapped prose', () => {
    expect(isVerseLines(stanza, WIDTH)).toBe(true);
    expect(isVerseLines(longStanza, WIDTH)).toBe(true);
    expect(isVerseLines(prose, WIDTH)).toBe(false);
    // Prose whose lines happen to start with capitals still breaks only where a word does not fit.
    expect(isVerseLines(capitalisedProse, WIDTH)).toBe(false);
    expect(isVerseLines('"Two short lines."\n"Are not a poem."', WIDTH)).toBe(false);
  });

  it('drops the quotes of a recited stanza and ends the quote chains through it', () => {
    const dialogue = [quoted(), quoted(), quoted()];
    const first = dialogue[0];
    const third = dialogue[2];
    if (first) first.continuesNext = true;
    const second = dialogue[1];
    if (second) {
      second.continuesPrevious = true;
      second.continuesNext = true;
    }
    if (third) third.continuesPrevious = true;
    expect(dropRecitedVerse([prose, stanza, prose], WIDTH, dialogue)).toBe(1);
    expect(dialogue.map((d) => d.spans.length)).toEqual([1, 0, 1]);
    expect(dialogue.map((d) => [d.continuesPrevious, d.continuesNext])).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);
  });

  it('keeps prose dialogue, and paragraphs whose source is unknown', () => {
    const dialogue = [quoted(), quoted()];
    expect(dropRecitedVerse([prose, ''], WIDTH, dialogue)).toBe(0);
    expect(dialogue.map((d) => d.spans.length)).toEqual([1, 1]);
  });
});
