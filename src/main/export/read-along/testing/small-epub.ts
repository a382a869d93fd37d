import { readFileSync, rmSync } from 'node:fs';
import { ZipWriter } from '../../zip-writer';

export interface SmallEpubOptions {
  version?: string;
  /** Content documents in spine order, paths relative to `OEBPS/`. */
  documents: Array<{ path: string; body: string | Uint8Array }>;
}

const xhtmlPage = (body: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en">\n<head><title>T</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

/** A minimal valid EPUB for tests: container, package, a nav document and the given chapters. */
export async function smallEpub(scratchPath: string, options: SmallEpubOptions): Promise<Uint8Array> {
  const version = options.version ?? '3.0';
  const items = options.documents.map((d, i) => `<item id="c${i}" href="${d.path}" media-type="application/xhtml+xml"/>`).join('\n    ');
  const spine = options.documents.map((_d, i) => `<itemref idref="c${i}"/>`).join('');
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:5f0c7e1e-1c1a-4a5e-9a53-1f3c0d7a0b11</dc:identifier>
    <dc:title>Small</dc:title>
    <dc:language>en</dc:language>
    <meta property="dcterms:modified">2020-01-01T00:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    ${items}
  </manifest>
  <spine>${spine}</spine>
</package>
`;
  const nav = xhtmlPage(
    `<nav epub:type="toc"><ol>${options.documents.map((d, i) => `<li><a href="${d.path}">Chapter ${i + 1}</a></li>`).join('')}</ol></nav>`,
  );
  const zip = await ZipWriter.create(scratchPath);
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  await zip.addBytes('mimetype', utf8('application/epub+zip'), { compress: false });
  await zip.addBytes(
    'META-INF/container.xml',
    utf8('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
    { compress: true },
  );
  await zip.addBytes('OEBPS/content.opf', utf8(opf), { compress: true });
  await zip.addBytes('OEBPS/nav.xhtml', utf8(nav), { compress: true });
  for (const d of options.documents) await zip.addBytes(`OEBPS/${d.path}`, typeof d.body === 'string' ? utf8(xhtmlPage(d.body)) : d.body, { compress: true });
  await zip.close();
  const bytes = new Uint8Array(readFileSync(scratchPath));
  rmSync(scratchPath);
  return bytes;
}
