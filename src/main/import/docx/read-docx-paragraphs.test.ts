import { describe, expect, it } from 'vitest';
import { DocxStyles } from './docx-styles';
import { readDocxParagraphs } from './read-docx-paragraphs';
import { splitDocxChapters } from './split-docx-chapters';
import { documentXml, p, r, STYLES_XML } from './testing/build-docx';

const styles = new DocxStyles(STYLES_XML);
const read = (...body: string[]) => readDocxParagraphs(documentXml(body), styles);

describe('DocxStyles', () => {
  it('recognises localised heading ids by name and outline level, following basedOn', () => {
    expect(styles.paragraphRole('berschrift1')).toEqual({ kind: 'heading', level: 1 });
    expect(styles.paragraphRole('Kapitel')).toEqual({ kind: 'heading', level: 2 });
    expect(styles.paragraphRole('Titel')).toEqual({ kind: 'title' });
    expect(styles.paragraphRole('Untertitel')).toEqual({ kind: 'subtitle' });
    expect(styles.paragraphRole('Standard')).toEqual({ kind: 'text' });
    expect(styles.paragraphRole('Heading3')).toEqual({ kind: 'heading', level: 3 });
    expect(styles.italic('Zitat')).toBe(true);
    expect(styles.italic('Standard')).toBeUndefined();
    expect(styles.language).toBe('de-DE');
    expect(styles.name('berschrift1')).toBe('heading 1');
  });

  it('survives a basedOn cycle', () => {
    const cyclic = new DocxStyles(
      '<w:styles xmlns:w="w"><w:style w:styleId="A"><w:name w:val="a"/><w:basedOn w:val="B"/></w:style><w:style w:styleId="B"><w:name w:val="b"/><w:basedOn w:val="A"/></w:style></w:styles>',
    );
    expect(cyclic.paragraphRole('A')).toEqual({ kind: 'text' });
    expect(cyclic.italic('A')).toBeUndefined();
  });
});

describe('readDocxParagraphs', () => {
  it('reads text from runs, tabs, breaks and non-breaking hyphens, and drops soft hyphens', () => {
    const [para] = read(p('Standard', r('a'), r('<w:tab/>', { raw: true }), r('<w:t>b</w:t><w:br/><w:t>c</w:t>', { raw: true }), r('<w:t>x</w:t><w:noBreakHyphen/><w:t>ray</w:t><w:softHyphen/><w:t>s</w:t>', { raw: true })));
    expect(para!.text).toBe('a b cx-rays');
  });

  it('keeps insertions and skips deletions, moves away, field codes and footnote references', () => {
    const [para] = read(
      p(
        'Standard',
        r('Kept '),
        '<w:ins w:id="1"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>',
        '<w:del w:id="2"><w:r><w:delText>deleted </w:delText></w:r></w:del>',
        '<w:moveFrom w:id="3"><w:r><w:t>moved </w:t></w:r></w:moveFrom>',
        r('<w:fldChar w:fldCharType="begin"/>', { raw: true }),
        r('<w:instrText xml:space="preserve"> PAGE </w:instrText>', { raw: true }),
        r('<w:fldChar w:fldCharType="separate"/>', { raw: true }),
        r('result'),
        r('<w:fldChar w:fldCharType="end"/>', { raw: true }),
        r('<w:footnoteReference w:id="1"/>', { raw: true }),
        r('.'),
      ),
    );
    expect(para!.text).toBe('Kept inserted result.');
  });

  it('marks italics from the run, its character style or the paragraph style as emphasis', () => {
    const [a, b] = read(
      p('Standard', r('He said '), r('so', { italic: true }), r(' and '), r('that', { style: 'Betont' }), r(' and '), '<w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t>not</w:t></w:r>'),
      p('Zitat', r('All quoted, '), '<w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t>but this</w:t></w:r>'),
    );
    expect(a!.emphasis.map((e) => a!.text.slice(e.start, e.end))).toEqual(['so', 'that']);
    expect(b!.emphasis.map((e) => b!.text.slice(e.start, e.end))).toEqual(['All quoted,']);
  });

  it('ignores paragraph-mark italics and tab stops in paragraph properties', () => {
    const [para] = read('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:i/></w:rPr></w:pPr><w:r><w:t>Plain</w:t></w:r></w:p>');
    expect(para!.text).toBe('Plain');
    expect(para!.emphasis).toEqual([]);
  });

  it('gives each paragraph the span of its <w:p> element', () => {
    const xml = documentXml([p('Standard', r('One')), p('Standard', r('Two & three'))]);
    const paras = readDocxParagraphs(xml, styles);
    expect(paras.map((x) => xml.slice(x.start, x.end))).toEqual([p('Standard', r('One')), p('Standard', r('Two & three'))]);
    expect(paras[1]!.text).toBe('Two & three');
  });

  it('recognises horizontal rules and skips drawings and their alt text', () => {
    const paras = read(
      '<w:p><w:r><w:pict><v:rect style="width:0;height:1.5pt" o:hr="t"/></w:pict></w:r></w:p>',
      '<w:p><w:pPr><w:pBdr><w:bottom w:val="single"/></w:pBdr></w:pPr></w:p>',
      '<w:p><w:r><w:drawing><wp:docPr descr="A picture" xmlns:wp="x"/><w:t>drawing text</w:t></w:drawing></w:r><w:r><w:t>Caption</w:t></w:r></w:p>',
    );
    expect(paras.map((x) => [x.text, x.rule])).toEqual([
      ['', true],
      ['', true],
      ['Caption', false],
    ]);
  });
});

describe('splitDocxChapters', () => {
  it('splits at the chapter level, keeps the title as metadata and marks scene breaks', () => {
    const { sections, bookTitle } = splitDocxChapters(
      read(
        p('Titel', 'The Book'),
        p('Standard', 'by Ann'),
        p('berschrift2', 'Chapter One'),
        p('Standard', 'First.'),
        p('Standard', '* * *'),
        p('Standard', 'Second.'),
        p('berschrift2', 'Chapter Two'),
        p('Standard', 'Third.'),
        '<w:p><w:r><w:pict><v:rect o:hr="t"/></w:pict></w:r></w:p>',
        p('Standard', 'Fourth.'),
      ),
      styles,
    );
    expect(bookTitle).toBe('The Book');
    expect(sections.map((s) => [s.title, s.paragraphs.map((x) => (x.sceneBreakBefore ? `| ${x.text}` : x.text))])).toEqual([
      ['', ['by Ann']],
      ['Chapter One', ['First.', '| Second.']],
      ['Chapter Two', ['Third.', '| Fourth.']],
    ]);
    expect(sections[0]!.semantics).toContain('titlepage');
    expect(sections[1]!.semantics).toEqual(['heading 2']);
  });

  it('passes over a level of parts to the chapters beneath', () => {
    const body = [p('berschrift1', 'Part One'), p('berschrift2', 'Chapter 1'), p('Standard', 'a'), p('berschrift2', 'Chapter 2'), p('Standard', 'b')];
    body.push(p('berschrift1', 'Part Two'), p('Standard', 'intro'), p('berschrift2', 'Chapter 3'), p('Standard', 'c'), p('berschrift2', 'Chapter 4'), p('Standard', 'd'));
    const { sections } = splitDocxChapters(read(...body), styles);
    expect(sections.map((s) => s.title)).toEqual(['Part One', 'Chapter 1', 'Chapter 2', 'Part Two', 'Chapter 3', 'Chapter 4']);
    expect(sections.map((s) => s.paragraphs.length)).toEqual([0, 1, 1, 1, 1, 1]);
  });

  it('keeps sub-headings below the chapter level as paragraphs', () => {
    const { sections } = splitDocxChapters(
      read(p('berschrift1', 'One'), p('berschrift2', 'A section'), p('Standard', 'x'), p('berschrift1', 'Two'), p('Standard', 'y')),
      styles,
    );
    expect(sections.map((s) => [s.title, s.paragraphs.map((x) => x.text)])).toEqual([
      ['One', ['A section', 'x']],
      ['Two', ['y']],
    ]);
  });
});
