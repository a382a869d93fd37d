import { describe, expect, it } from 'vitest';
import { resolveHref } from '../../import/zip/resolve-href';
import { relativeHref } from './relative-href';

describe('relativeHref', () => {
  it('walks up and down between folders, and back again through the importer’s resolver', () => {
    const cases: Array<[string, string, string]> = [
      ['epub/content.opf', 'epub/text/chapter-1.xhtml', 'text/chapter-1.xhtml'],
      ['epub/read-along/chapter-1.smil', 'epub/text/chapter-1.xhtml', '../text/chapter-1.xhtml'],
      ['epub/read-along/chapter-1.smil', 'epub/read-along/audio/01.mp3', 'audio/01.mp3'],
      ['content.opf', 'a/b/c.xhtml', 'a/b/c.xhtml'],
      ['a/b/c.smil', 'd.xhtml', '../../d.xhtml'],
      ['OEBPS/x.smil', 'OEBPS/Text/Chapter One #1.xhtml', 'Text/Chapter%20One%20%231.xhtml'],
      ['OEBPS/x.smil', 'OEBPS/part:1.xhtml', 'part%3A1.xhtml'],
    ];
    for (const [from, to, expected] of cases) {
      expect(relativeHref(from, to)).toBe(expected);
      expect(resolveHref(from, expected)?.path).toBe(to);
    }
  });
});
