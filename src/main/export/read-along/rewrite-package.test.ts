import { describe, expect, it } from 'vitest';
import { parsePackage } from '../../import/epub/parse-package';
import { packageIds, packageVersion, rewritePackage, type PackageChanges } from './rewrite-package';
import { clockValue } from './smil-document';

const OPF = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
	<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
		<dc:identifier id="uid">urn:x</dc:identifier>
		<dc:title>A &amp; B</dc:title>
		<meta property="dcterms:modified">2018-04-14T21:55:37Z</meta>
		<meta property="media:duration" refines="#old">0:00:01.000</meta>
		<meta property="media:duration">0:00:01.000</meta>
		<meta id="long" property="se:long-description">&lt;p&gt;Kept as it is.&lt;/p&gt;</meta>
	</metadata>
	<manifest>
		<item href="text/one.xhtml" id="one" media-type="application/xhtml+xml"/>
		<item href="text/two.xhtml" id="two" media-type="application/xhtml+xml" media-overlay="old"/>
		<item href="old.smil" id="old" media-type="application/smil+xml"/>
	</manifest>
	<spine>
		<itemref idref="one"/>
		<itemref idref="two"/>
	</spine>
</package>
`;

const changes = (overrides: Partial<PackageChanges> = {}): PackageChanges => ({
  items: [
    { id: 'dr-overlay', href: 'read-along/one.smil', mediaType: 'application/smil+xml' },
    { id: 'dr-overlay-2', href: 'read-along/two.smil', mediaType: 'application/smil+xml' },
    { id: 'dr-audio', href: 'read-along/audio/01.mp3', mediaType: 'audio/mpeg' },
  ],
  overlays: new Map([
    ['one', 'dr-overlay'],
    ['two', 'dr-overlay-2'],
  ]),
  durations: new Map([
    ['dr-overlay', 61_500],
    ['dr-overlay-2', 3_600_250],
  ]),
  activeClass: '-epub-media-overlay-active',
  modified: new Date(Date.UTC(2024, 2, 9, 14, 30, 8, 123)),
  ...overrides,
});

describe('rewritePackage', () => {
  it('adds the items, overlays and media metadata and keeps everything else as written', () => {
    const out = rewritePackage(OPF, changes());
    const pkg = parsePackage(out, 'epub/content.opf');
    expect(pkg.manifest.get('dr-audio')).toMatchObject({ path: 'epub/read-along/audio/01.mp3', mediaType: 'audio/mpeg' });
    expect(pkg.spine.map((s) => s.item.id)).toEqual(['one', 'two']);
    expect(out).toContain('<item href="text/one.xhtml" id="one" media-type="application/xhtml+xml" media-overlay="dr-overlay"/>');
    // An overlay the book already had is replaced, not doubled.
    expect(out).toContain('<item href="text/two.xhtml" id="two" media-type="application/xhtml+xml" media-overlay="dr-overlay-2"/>');
    expect(out.match(/media:duration/g)).toHaveLength(3);
    expect(out).toContain('<meta property="media:duration" refines="#dr-overlay">0:01:01.500</meta>');
    expect(out).toContain('<meta property="media:duration" refines="#dr-overlay-2">1:00:00.250</meta>');
    expect(out).toContain('<meta property="media:duration">1:01:01.750</meta>');
    expect(out).toContain('<meta property="media:active-class">-epub-media-overlay-active</meta>');
    expect(out).toContain('<meta property="dcterms:modified">2024-03-09T14:30:08Z</meta>');
    expect(out).toContain('<dc:title>A &amp; B</dc:title>');
    expect(out).toContain('&lt;p&gt;Kept as it is.&lt;/p&gt;');
    // New lines take the indentation of their neighbours.
    expect(out).toContain('\n\t\t<item id="dr-audio" href="read-along/audio/01.mp3" media-type="audio/mpeg"/>\n\t</manifest>');
  });

  it('writes prefixed elements in a prefixed package, and adds dcterms:modified when it is missing', () => {
    const opf =
      '<opf:package xmlns:opf="http://www.idpf.org/2007/opf" version="3.0"><opf:metadata><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">T</dc:title></opf:metadata>' +
      '<opf:manifest><opf:item id="one" href="one.xhtml" media-type="application/xhtml+xml"/></opf:manifest><opf:spine><opf:itemref idref="one"/></opf:spine></opf:package>';
    const out = rewritePackage(opf, changes({ overlays: new Map([['one', 'dr-overlay']]), durations: new Map([['dr-overlay', 1000]]) }));
    expect(out).toContain('<opf:meta property="dcterms:modified">2024-03-09T14:30:08Z</opf:meta><opf:meta property="media:duration" refines="#dr-overlay">');
    expect(out).toContain('<opf:item id="one" href="one.xhtml" media-type="application/xhtml+xml" media-overlay="dr-overlay"/>');
    expect(out).toContain('<opf:item id="dr-audio" href="read-along/audio/01.mp3" media-type="audio/mpeg"/></opf:manifest>');
    expect(parsePackage(out, 'content.opf').manifest.size).toBe(4);
  });

  it('refuses a package without a manifest', () => {
    expect(() => rewritePackage('<package version="3.0"><metadata></metadata></package>', changes())).toThrow(
      expect.objectContaining({ code: 'CORRUPT_FILE' }),
    );
  });

  it('reads the version and the ids in use', () => {
    expect(packageVersion(OPF)).toBe('3.0');
    expect(packageVersion('<package version="2.0"/>')).toBe('2.0');
    expect([...packageIds(OPF)].sort()).toEqual(['long', 'old', 'one', 'two', 'uid']);
  });
});

describe('clockValue', () => {
  it('writes hours, minutes, seconds and milliseconds', () => {
    expect(clockValue(0)).toBe('0:00:00.000');
    expect(clockValue(1234.4)).toBe('0:00:01.234');
    expect(clockValue(10 * 3_600_000 + 59 * 60_000 + 59_999)).toBe('10:59:59.999');
  });
});
