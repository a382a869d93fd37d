import { describe, expect, it } from 'vitest';
import { collectHyphenatedWords, joinHyphenated } from './join-hyphenated';

describe('joinHyphenated', () => {
  it('joins wrapped lines with one space', () => {
    expect(joinHyphenated(['It was a truth ', '  universally acknowledged'])).toBe('It was a truth universally acknowledged');
  });

  it('joins a word broken at a line end', () => {
    expect(joinHyphenated(['an ex-', 'ample of it'])).toBe('an example of it');
  });

  it('keeps the hyphen of a compound that occurs elsewhere', () => {
    const known = collectHyphenatedWords('She was a well-known figure.');
    expect(joinHyphenated(['a well-', 'known face'], known)).toBe('a well-known face');
    expect(joinHyphenated(['a well-', 'known face'])).toBe('a wellknown face');
  });

  it('keeps the hyphen before a capital or a digit', () => {
    expect(joinHyphenated(['the Anglo-', 'Saxon kings'])).toBe('the Anglo-Saxon kings');
    expect(joinHyphenated(['in the mid-', '1800s'])).toBe('in the mid-1800s');
  });

  it('joins a closed dash with no space and keeps a spaced one spaced', () => {
    expect(joinHyphenated(['I was—', 'I was run after'])).toBe('I was—I was run after');
    expect(joinHyphenated(['Why should he--', 'have it?'])).toBe('Why should he--have it?');
    expect(joinHyphenated(['and so on', '—and more'])).toBe('and so on—and more');
    expect(joinHyphenated(['and so on —', 'and more'])).toBe('and so on — and more');
  });

  it('skips blank lines', () => {
    expect(joinHyphenated(['a', '', '   ', 'b'])).toBe('a b');
  });
});

describe('collectHyphenatedWords', () => {
  it('finds compounds inside lines, not hyphens at line ends or dashes', () => {
    const words = collectHyphenatedWords('A mother-in-law came.\nThe ex-\nample--not this. Self-Made');
    expect([...words].sort()).toEqual(['in-law', 'mother-in', 'self-made']);
  });
});
