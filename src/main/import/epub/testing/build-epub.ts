import { writeZip, type ZipFixtureEntry } from '../../zip/testing/write-zip';

export interface EpubFixtureChapter {
  /** Path relative to the OPF folder (`OEBPS/`). */
  href: string;
  /** The XHTML inside `<body>`. */
  body: string;
  bodyType?: string;
  linear?: boolean;
  /** Table-of-contents entries for this file: a title, or [title, fragment] pairs. */
  toc?: string | Array<[title: string, fragment: string]>;
}

export interface EpubFixture {
  version?: 2 | 3;
  title?: string;
  creators?: Array<{ name: string; role?: string }>;
  language?: string;
  chapters: EpubFixtureChapter[];
  /** EPUB 3 landmarks: [epub:type, href]. */
  landmarks?: Array<[type: string, href: string]>;
  /** EPUB 2 guide references: [type, href]. */
  guide?: Array<[type: string, href: string]>;
  /** Extra archive entries (encryption.xml, fonts...). */
  extra?: ZipFixtureEntry[];
}

const xhtml = (body: string, bodyType?: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head>` +
  `<body${bodyType ? ` epub:type="${bodyType}"` : ''}>${body}</body></html>`;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Builds a small EPUB 2 or 3 in memory, for tests of the EPUB importer. */
export function buildEpub(fixture: EpubFixture): Uint8Array {
  const version = fixture.version ?? 3;
  const tocEntries = fixture.chapters.flatMap((c) =>
    c.toc === undefined ? [] : typeof c.toc === 'string' ? [[c.toc, c.href] as const] : c.toc.map(([t, f]) => [t, `${c.href}#${f}`] as const),
  );
  const creators = (fixture.creators ?? [{ name: 'Ann Author' }])
    .map((c, i) =>
      version === 2
        ? `<dc:creator${c.role ? ` opf:role="${c.role}"` : ''}>${escape(c.name)}</dc:creator>`
        : `<dc:creator id="c${i}">${escape(c.name)}</dc:creator>${c.role ? `<meta refines="#c${i}" property="role" scheme="marc:relators">${c.role}</meta>` : ''}`,
    )
    .join('');
  const manifest = fixture.chapters.map((c, i) => `<item id="c${i}" href="${escape(c.href)}" media-type="application/xhtml+xml"/>`).join('');
  const spine = fixture.chapters.map((c, i) => `<itemref idref="c${i}"${c.linear === false ? ' linear="no"' : ''}/>`).join('');
  const navItem = version === 3 ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' : '';
  const ncxItem = version === 2 ? '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>' : '';
  const guide = fixture.guide ? `<guide>${fixture.guide.map(([t, h]) => `<reference type="${t}" href="${escape(h)}" title="${t}"/>`).join('')}</guide>` : '';
  const opf =
    `<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" xmlns:opf="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="id">` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:test</dc:identifier>` +
    `<dc:title>${escape(fixture.title ?? 'A Test Book')}</dc:title>${creators}<dc:language>${fixture.language ?? 'en'}</dc:language></metadata>` +
    `<manifest>${navItem}${ncxItem}${manifest}</manifest><spine${version === 2 ? ' toc="ncx"' : ''}>${spine}</spine>${guide}</package>`;

  const nav = xhtml(
    `<nav epub:type="toc"><ol>${tocEntries.map(([t, h]) => `<li><a href="${escape(h)}">${escape(t)}</a></li>`).join('')}</ol></nav>` +
      (fixture.landmarks
        ? `<nav epub:type="landmarks" hidden=""><ol>${fixture.landmarks.map(([t, h]) => `<li><a epub:type="${t}" href="${escape(h)}">${t}</a></li>`).join('')}</ol></nav>`
        : ''),
  );
  const ncx =
    `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>` +
    tocEntries.map(([t, h], i) => `<navPoint id="n${i}" playOrder="${i + 1}"><navLabel><text>${escape(t)}</text></navLabel><content src="${escape(h)}"/></navPoint>`).join('') +
    `</navMap></ncx>`;

  return writeZip([
    { name: 'mimetype', data: 'application/epub+zip' },
    {
      name: 'META-INF/container.xml',
      data: '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
    },
    { name: 'OEBPS/content.opf', data: opf },
    ...(version === 3 ? [{ name: 'OEBPS/nav.xhtml', data: nav }] : [{ name: 'OEBPS/toc.ncx', data: ncx }]),
    ...fixture.chapters.map((c) => ({ name: `OEBPS/${c.href}`, data: xhtml(c.body, c.bodyType) })),
    ...(fixture.extra ?? []),
  ]);
}
