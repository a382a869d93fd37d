import { writeZip, type ZipFixtureEntry } from '../../zip/testing/write-zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run: `r('text')`, `r('text', { italic: true })`, or raw run content with `raw`. */
export function r(text: string, options: { italic?: boolean; style?: string; raw?: boolean } = {}): string {
  const props = (options.style ? `<w:rStyle w:val="${options.style}"/>` : '') + (options.italic ? '<w:i/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${options.raw ? text : `<w:t xml:space="preserve">${escape(text)}</w:t>`}</w:r>`;
}

/** A paragraph with a style id and runs (strings are plain runs). */
export function p(style: string, ...runs: string[]): string {
  const content = runs.map((run) => (run.startsWith('<') ? run : r(run))).join('');
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
}

/** A styles part declaring headings under localised ids, as Word does in other languages. */
export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Normal"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Untertitel"><w:name w:val="Subtitle"/><w:basedOn w:val="Titel"/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Kapitel"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Zitat"><w:name w:val="Quote"/><w:basedOn w:val="Standard"/><w:rPr><w:i/></w:rPr></w:style>` +
  `<w:style w:type="character" w:styleId="Betont"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>` +
  `</w:styles>`;

export interface DocxFixture {
  /** `<w:p>` elements (see `p`), joined into the body. */
  body: string[];
  styles?: string | null;
  core?: { title?: string; creator?: string };
  /** Leave out `word/document.xml`. */
  withoutDocument?: boolean;
  extra?: ZipFixtureEntry[];
}

export function documentXml(body: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
    `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`
  );
}

/** Builds a small DOCX in memory, for tests of the DOCX importer. */
export function buildDocx(fixture: DocxFixture): Uint8Array {
  const entries: ZipFixtureEntry[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
  ];
  if (!fixture.withoutDocument) entries.push({ name: 'word/document.xml', data: documentXml(fixture.body) });
  if (fixture.styles !== null) entries.push({ name: 'word/styles.xml', data: fixture.styles ?? STYLES_XML });
  if (fixture.core) {
    entries.push({
      name: 'docProps/core.xml',
      data:
        '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        (fixture.core.title ? `<dc:title>${escape(fixture.core.title)}</dc:title>` : '') +
        (fixture.core.creator ? `<dc:creator>${escape(fixture.core.creator)}</dc:creator>` : '') +
        '</cp:coreProperties>',
    });
  }
  return writeZip([...entries, ...(fixture.extra ?? [])]);
}
