import { describe, expect, it } from 'vitest';
import { chooseSampleLine, introductionLine } from './sample-line';

describe('chooseSampleLine', () => {
  it('takes the first line of a good length', () => {
    expect(chooseSampleLine(['Yes.', 'I should like to walk to Meryton this morning.', 'No, I think not, after all.'])).toBe('I should like to walk to Meryton this morning.');
  });

  it('falls back on the longest short line, then on the start of a long one', () => {
    expect(chooseSampleLine(['Yes.', 'Oh, Lizzy!', '—'])).toBe('Oh, Lizzy!');
    const long = `${'word '.repeat(40)}end.`;
    expect(chooseSampleLine([long])).toBe(`${'word '.repeat(30).trim()}…`);
    expect(chooseSampleLine([])).toBeNull();
  });

  it('introduces a character who says nothing', () => {
    expect(introductionLine('Kitty', false)).toBe('My name is Kitty.');
    expect(introductionLine('Narrator', true)).toMatch(/reads the story/);
  });
});
