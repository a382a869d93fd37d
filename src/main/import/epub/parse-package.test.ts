import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { packagePathFromContainer, parsePackage } from './parse-package';

const OPF3 = `<?xml version="1.0"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:title id="t2">A Subtitle</dc:title><meta refines="#t2" property="title-type">subtitle</meta>
    <dc:title id="t1">The Main Title</dc:title><meta refines="#t1" property="title-type">main</meta>
    <dc:creator id="a">Ann Author</dc:creator><meta refines="#a" property="role" scheme="marc:relators">aut</meta>
    <dc:creator id="i">Ida Illustrator</dc:creator><meta refines="#i" property="role" scheme="marc:relators">ill</meta>
    <dc:language>fr</dc:language>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="evil" href="../../outside.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine><itemref idref="cover" linear="no"/><itemref idref="c1"/><itemref idref="missing"/><itemref idref="evil"/></spine>
</package>`;

describe('parsePackage', () => {
  it('reads the main title, the authors by role, the language, the manifest and the spine', () => {
    const pkg = parsePackage(OPF3, 'OEBPS/content.opf');
    expect(pkg.title).toBe('The Main Title');
    expect(pkg.author).toBe('Ann Author');
    expect(pkg.language).toBe('fr');
    expect(pkg.navPath).toBe('OEBPS/nav.xhtml');
    expect(pkg.spine.map((s) => [s.item.path, s.linear])).toEqual([
      ['OEBPS/text/cover.xhtml', false],
      ['OEBPS/text/one.xhtml', true],
    ]);
    expect(pkg.manifest.has('evil')).toBe(false);
  });

  it('reads EPUB 2 roles, the NCX named by the spine and the guide', () => {
    const pkg = parsePackage(
      `<package version="2.0" xmlns:opf="http://www.idpf.org/2007/opf"><metadata><dc-metadata><dc:Title>Old Book</dc:Title>` +
        `<dc:creator opf:role="aut">Old Author</dc:creator><dc:creator opf:role="trl">Translator</dc:creator></dc-metadata></metadata>` +
        `<manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/><item id="a" href="a.html" media-type="text/html"/></manifest>` +
        `<spine toc="ncx"><itemref idref="a"/></spine><guide><reference type="Copyright-Page" href="a.html#c" title="c"/></guide></package>`,
      'content.opf',
    );
    expect(pkg.title).toBe('Old Book');
    expect(pkg.author).toBe('Old Author');
    expect(pkg.ncxPath).toBe('toc.ncx');
    expect(pkg.guide).toEqual([{ type: 'copyright-page', path: 'a.html', fragment: 'c' }]);
  });

  it('refuses a document that is not a package', () => {
    expect(() => parsePackage('<html><body>nope</body></html>', 'x.opf')).toThrow(StudioError);
  });

  it('finds the package document named by container.xml', () => {
    const container = `<container><rootfiles><rootfile full-path="other/thing.xml" media-type="text/plain"/><rootfile full-path="OPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;
    expect(packagePathFromContainer(container)).toBe('OPS/package.opf');
    expect(packagePathFromContainer('<container/>')).toBeNull();
  });
});
