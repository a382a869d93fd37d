import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/book';
import { analyzeBook } from '../../analysis/analyze-book';
import { stripFootnoteMarkers } from '../../import/clean/footnote-markers';
import { normalizeText } from '../../import/clean/normalize-text';
import { htmlToBlocks } from '../../import/html/html-to-blocks';
import { overlayDocument, type DocumentSegment } from './overlay-document';
import { inspectMarkup } from './testing/read-along-output';

const page = (body: string, head = '<title>T</title>'): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n<head>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;

const LINK = '<link href="../read-along/read-along.css" rel="stylesheet" type="text/css"/>';

/** The document's segments as a project has them: the real importer's paragraphs, the real analysis, one second each. */
function segmentsOf(xhtml: string): DocumentSegment[] {
  const paragraphs: Paragraph[] = htmlToBlocks(xhtml).blocks.map((b) => ({ text: b.text, start: b.start, end: b.end, source: 'text/c.xhtml' }));
  const [chapter] = analyzeBook({ chapters: [{ title: 'C', paragraphs }] }).chapters;
  return (chapter?.segments ?? []).map((s, i) => ({ key: i, start: s.start, end: s.end, text: s.text, audio: 'a.mp3', clipBeginMs: i * 1000, clipEndMs: i * 1000 + 1000 }));
}

const spoken = (s: string): string => stripFootnoteMarkers(normalizeText(s)).text;

/** What each segment's spans hold, by segment, from the written document and its SMIL pars. */
function heldTexts(xhtml: string, pars: ReturnType<typeof overlayDocument>['pars'], segments: readonly DocumentSegment[]): string[] {
  const { texts } = inspectMarkup(xhtml);
  return segments.map((s) =>
    spoken(
      pars
        .filter((p) => p.clipBeginMs >= s.clipBeginMs && p.clipEndMs <= s.clipEndMs)
        .map((p) => texts.get(p.fragment) ?? '')
        .join(' '),
    ),
  );
}

describe('overlayDocument', () => {
  it('wraps every segment the analysis finds exactly, across italics, entities, note references and line breaks', () => {
    const source = page(
      [
        '<p>“I am <i>not</i> afraid,” said <b>Tom &amp; Jerry</b>. “Nor <em>I, sir</em>.”</p>',
        '<p>He went on<a epub:type="noteref" href="#n1">1</a> and&#160;on, <span epub:type="pagebreak" title="7">7</span>past the mill.</p>',
        '<p>Roses are red,<br/>\n  violets are blue.</p>',
        '<p>The <i>first half of an italic run. “And a quote</i> that ends outside,” she said.</p>',
        '<aside epub:type="footnote" id="n1"><p>A note.</p></aside>',
      ].join('\n'),
    );
    const segments = segmentsOf(source);
    expect(segments.map((s) => s.text)).toContain('I am not afraid,');
    const result = overlayDocument(source, segments, '../read-along/read-along.css');
    expect(result.unplaced).toEqual([]);
    expect(result.placed).toHaveLength(segments.length);
    expect(heldTexts(result.xhtml, result.pars, segments)).toEqual(segments.map((s) => spoken(s.text ?? '')));
    const report = inspectMarkup(result.xhtml);
    expect(report.nestingErrors).toEqual([]);
    // Nothing but our spans and the link was added: the entity stays an entity, the markup as written.
    expect(report.withoutSpans.replace(LINK, '')).toBe(source);
    expect(result.xhtml).toContain(`${LINK}</head>`);
  });

  it('cuts a segment that crosses an inline element into spans under one parent each, sharing its clip', () => {
    const source = page('<p>He said <i>very slowly that</i> he would.</p>');
    const start = source.indexOf('said');
    const end = source.indexOf('slowly') + 'slowly'.length;
    const paragraphStart = source.indexOf('<p>');
    const paragraphEnd = source.indexOf('</p>') + 4;
    // Offsets as the importer and analysis give them: proportional within the paragraph's span.
    const text = 'He said very slowly that he would.';
    const scale = (i: number): number => paragraphStart + Math.round((i * (paragraphEnd - paragraphStart)) / text.length);
    const segment: DocumentSegment = { key: 0, start: scale(text.indexOf('said')), end: scale(text.indexOf('slowly') + 6), text: 'said very slowly', audio: 'a.mp3', clipBeginMs: 1000, clipEndMs: 2600 };
    expect([segment.start, segment.end]).not.toEqual([start, end]);
    const result = overlayDocument(source, [segment], null);
    expect(result.xhtml).toContain('<p>He <span id="dr-1">said</span> <i><span id="dr-2">very slowly</span> that</i> he would.</p>');
    // 4 characters of 15: 4/15 of the 1.6 s clip.
    expect(result.pars).toEqual([
      { fragment: 'dr-1', audio: 'a.mp3', clipBeginMs: 1000, clipEndMs: 1427 },
      { fragment: 'dr-2', audio: 'a.mp3', clipBeginMs: 1427, clipEndMs: 2600 },
    ]);
    expect(result.xhtml).not.toContain('<link');
  });

  it('wraps an inline element whole when the segment holds all of its text', () => {
    const source = page('<p>“Hello,” said <abbr epub:type="z3998:name-title">Mr.</abbr> Bennet.</p>');
    const segments = segmentsOf(source);
    const narration = segments.find((s) => s.text === 'said Mr. Bennet.');
    expect(narration).toBeDefined();
    const result = overlayDocument(source, segments, null);
    expect(result.xhtml).toContain('<span id="dr-2">said <abbr epub:type="z3998:name-title">Mr.</abbr> Bennet.</span>');
  });

  it('never wraps an element whole whose end the parser had to guess, in malformed markup', () => {
    const source = page('<p>He said <b>bold words and more</p>\n<p>Next.</p>');
    const segments = segmentsOf(source);
    const result = overlayDocument(source, segments, null);
    expect(result.xhtml).toContain('<p><span id="dr-1">He said</span> <b><span id="dr-2">bold words and more</span></p>');
    expect(heldTexts(result.xhtml, result.pars, segments)).toEqual(segments.map((s) => spoken(s.text ?? '')));
  });

  it('takes ids the document does not use yet', () => {
    const source = page('<p id="dr-1">Once upon a time.</p><p id="dr-3">The end.</p>');
    const result = overlayDocument(source, segmentsOf(source), null);
    expect(result.pars.map((p) => p.fragment)).toEqual(['dr-2', 'dr-4']);
  });

  it('falls back to an id on the enclosing element where no span may go', () => {
    const source = page('<table><tr>Stray text set straight in a row.</tr></table>');
    const segments = segmentsOf(source);
    expect(segments).toHaveLength(1);
    const result = overlayDocument(source, segments, null);
    expect(result.xhtml).toContain('<tr id="dr-1">Stray text set straight in a row.</tr>');
    expect(result.pars).toEqual([{ fragment: 'dr-1', audio: 'a.mp3', clipBeginMs: 0, clipEndMs: 1000 }]);
  });

  it('finds the segment’s own words when the offsets point at a repeat of them', () => {
    const source = page('<p>“No.” “No.” “Yes.”</p>');
    const segments = segmentsOf(source);
    expect(segments.map((s) => s.text)).toEqual(['No.', 'No.', 'Yes.']);
    const result = overlayDocument(source, segments, null);
    expect(result.xhtml).toContain('<p>“<span id="dr-1">No.</span>” “<span id="dr-2">No.</span>” “<span id="dr-3">Yes.</span>”</p>');
  });

  it('reports segments it cannot place instead of guessing', () => {
    const source = page('<p>Only paragraph.</p>');
    const [segment] = segmentsOf(source);
    const outside: DocumentSegment = { ...segment!, key: 1, start: 0, end: 5 };
    const overlapping: DocumentSegment = { ...segment!, key: 2, clipBeginMs: 5000, clipEndMs: 6000 };
    const instant: DocumentSegment = { ...segment!, key: 3, clipBeginMs: 7000, clipEndMs: 7000 };
    const result = overlayDocument(source, [segment!, outside, overlapping, instant], '../x.css');
    expect(result.placed).toEqual([0]);
    expect(result.unplaced).toEqual([
      { key: 1, reason: 'its span lies outside every paragraph of the document' },
      { key: 2, reason: 'its words overlap those of another segment' },
      { key: 3, reason: 'its clip is shorter than a millisecond' },
    ]);
  });

  it('leaves a document it cannot highlight exactly as it was', () => {
    const source = page('<p>Only paragraph.</p>');
    const result = overlayDocument(source, [{ key: 0, start: 0, end: 3, audio: 'a.mp3', clipBeginMs: 0, clipEndMs: 10 }], '../x.css');
    expect(result.pars).toEqual([]);
    expect(result.xhtml).toBe(source);
  });
});
