import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

const kinds = (md: string) => markdownBlocks(md).map((b) => (b.type === 'break' ? ['break'] : b.type === 'heading' ? ['h' + b.level, b.raw] : ['p', b.raw]));

describe('markdownBlocks', () => {
  it('finds ATX and setext headings, paragraphs and thematic breaks', () => {
    expect(kinds('# Title #\n\nText one\nstill one\n\n***\n\nTitle Two\n=========\n\nSub\n---\n\n---\n\n* * *\n')).toEqual([
      ['h1', 'Title'],
      ['p', 'Text one\nstill one'],
      ['break'],
      ['h1', 'Title Two'],
      ['h2', 'Sub'],
      ['break'],
      ['break'],
    ]);
  });

  it('turns block quotes and list items into paragraphs without their markers', () => {
    expect(kinds('> “My dear Friend,\n>\n> “If you are not\n> so compassionate\n\n- one\n- two\n  continued\n\n1. first\n')).toEqual([
      ['p', '“My dear Friend,'],
      ['p', '“If you are not\nso compassionate'],
      ['p', 'one'],
      ['p', 'two\ncontinued'],
      ['p', 'first'],
    ]);
  });

  it('drops code fences, footnote and link definitions, raw script blocks and fenced-div lines', () => {
    const md = '```js\nalert(1)\n```\n\n[^1]: A note\n    more note\n\n[ref]: http://x\n\n<script>\nevil()\n</script>\n\n::: {.note}\nKept\n:::\n\n<!--\nhidden\n-->\nAfter\n';
    expect(kinds(md)).toEqual([
      ['p', 'Kept'],
      ['p', 'After'],
    ]);
  });

  it('gives paragraph spans in the source', () => {
    const md = '# H\n\n  Some text\nmore text  \n';
    const p = markdownBlocks(md).find((b) => b.type === 'paragraph');
    expect(p && md.slice(p.start, p.end)).toBe('Some text\nmore text');
  });
});
