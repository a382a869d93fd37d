import { describe, expect, it } from 'vitest';
import type { ParagraphView } from '../../../../shared/project';
import { zipPath } from './epub-paths';
import { findBlock, findPieces, passageKey } from './find-passage';
import { paragraphForSegment } from './paragraph-for-segment';
import { pdfPageNumber } from './pdf-page-number';

describe('EPUB paths', () => {
  it('resolves a spine href against the package document, as the import names sources', () => {
    expect(zipPath('epub/content.opf', 'text/chapter-4.xhtml')).toBe('epub/text/chapter-4.xhtml');
    expect(zipPath('OEBPS/content.opf', '../Text/ch%201.xhtml#start')).toBe('Text/ch 1.xhtml');
    expect(zipPath('content.opf', './chapter.xhtml')).toBe('chapter.xhtml');
    expect(zipPath('a/b/package.opf', '/root.xhtml')).toBe('root.xhtml');
  });
});

describe('finding a line in the original', () => {
  it('compares letters and digits only, without case, accents or quotation marks', () => {
    expect(passageKey('“Élan,” she said — 2nd time!')).toBe('elanshesaid2ndtime');
  });

  it('finds the block that holds a line stripped of its quotation marks', () => {
    const blocks = ['Chapter I', 'It is a truth universally acknowledged.', '“My dear Mr. Bennet,” said his lady to him one day, “have you heard?”'];
    expect(findBlock(blocks, 'have you heard?')).toBe(2);
    expect(findBlock(blocks, 'My dear Mr. Bennet,')).toBe(2);
    expect(findBlock(blocks, 'Nothing like it')).toBe(-1);
    expect(findBlock(blocks, '…')).toBe(-1);
  });

  it('falls back on the start of a line the author edited near its end', () => {
    const blocks = ['He is just what a young man ought to be, sensible, good humoured, lively; and I never saw such happy manners!'];
    expect(findBlock(blocks, 'He is just what a young man ought to be, sensible, good-humoured and bright')).toBe(0);
  });

  it('finds the text pieces of a PDF page that a line covers', () => {
    const pieces = ['PRIDE AND PREJUDICE', '“You want to tell me, and I', 'have no objection to hearing it.”', 'This was invitation enough.'];
    expect(findPieces(pieces, 'You want to tell me, and I have no objection to hearing it.')).toEqual({ first: 1, last: 2 });
    expect(findPieces(pieces, 'Not on this page')).toBeNull();
  });
});

describe('the page of a PDF line', () => {
  it('reads `page:N`, and nothing else', () => {
    expect(pdfPageNumber('page:12')).toBe(12);
    expect(pdfPageNumber('page:0')).toBeNull();
    expect(pdfPageNumber('chapter.xhtml')).toBeNull();
    expect(pdfPageNumber(null)).toBeNull();
  });
});

describe('the paragraph of a segment', () => {
  const paragraph = (id: number, start: number, end: number, source: string | null): ParagraphView => ({ id, index: id, text: '', start, end, source, emphasis: [], sceneBreakBefore: false });
  const paragraphs = [paragraph(1, 0, 100, 'a.xhtml'), paragraph(2, 100, 250, 'a.xhtml'), paragraph(3, 0, 80, 'b.xhtml')];

  it('is the one whose span holds the segment’s start, in the same source document', () => {
    expect(paragraphForSegment(paragraphs, { start: 120, source: 'a.xhtml' })?.id).toBe(2);
    expect(paragraphForSegment(paragraphs, { start: 10, source: 'b.xhtml' })?.id).toBe(3);
    expect(paragraphForSegment(paragraphs, { start: 900, source: 'a.xhtml' })).toBeNull();
  });
});
