import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../html/html-to-blocks';
import { parseNavDocument, parseNcx, type NavEntry } from './parse-navigation';
import { splitByNavigation } from './split-by-navigation';

describe('parseNavDocument', () => {
  it('reads the toc with depths, hidden lists and landmarks', () => {
    const nav = parseNavDocument(
      `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc" hidden=""><h2>Contents</h2><ol>` +
        `<li><a href="text/one.xhtml">Stave <span>I</span>: Marley’s&#160;Ghost</a><ol hidden=""><li><a href="text/one.xhtml#s2">Part</a></li></ol></li>` +
        `<li><span>Heading only</span><ol><li><a href="text/two.xhtml">Two</a></li></ol></li></ol></nav>` +
        `<nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="text/one.xhtml">Start</a></li></ol></nav>` +
        `<nav epub:type="page-list"><ol><li><a href="text/one.xhtml#p1">1</a></li></ol></nav></body></html>`,
      'OEBPS/nav.xhtml',
    );
    expect(nav.toc.map((e) => [e.title, e.path, e.fragment, e.depth, e.hidden])).toEqual([
      ['Stave I: Marley’s Ghost', 'OEBPS/text/one.xhtml', '', 1, false],
      ['Part', 'OEBPS/text/one.xhtml', 's2', 2, true],
      ['Two', 'OEBPS/text/two.xhtml', '', 2, false],
    ]);
    expect(nav.landmarks).toEqual([{ types: ['bodymatter'], path: 'OEBPS/text/one.xhtml', fragment: '' }]);
  });
});

describe('parseNcx', () => {
  it('reads nested navPoints', () => {
    const toc = parseNcx(
      `<ncx><navMap><navPoint id="a"><navLabel><text>Part One</text></navLabel><content src="p1.html"/>` +
        `<navPoint id="b"><navLabel><text>Chapter 1</text></navLabel><content src="c1.html#x"/></navPoint></navPoint></navMap></ncx>`,
      'OEBPS/toc.ncx',
    );
    expect(toc.map((e) => [e.title, e.path, e.fragment, e.depth])).toEqual([
      ['Part One', 'OEBPS/p1.html', '', 1],
      ['Chapter 1', 'OEBPS/c1.html', 'x', 2],
    ]);
  });
});

describe('splitByNavigation', () => {
  const entry = (title: string, fragment: string, depth = 1, hidden = false): NavEntry => ({ title, path: 'a.xhtml', fragment, depth, hidden });
  const doc = htmlToBlocks(
    '<body><p>Before</p><section id="one"><h2>One</h2><p>a</p><section id="sub"><h3>Sub</h3><p>b</p></section></section><section id="two"><h2>Two</h2><p>c</p></section></body>',
  );
  const shape = (entries: NavEntry[]) => splitByNavigation(doc, entries).map((p) => [p.navTitle ?? null, p.blocks.map((b) => b.text)]);

  it('keeps a file named as a whole in one piece, cutting only at entries of its level', () => {
    expect(shape([entry('Whole', ''), entry('Sub', 'sub', 2)])).toEqual([[
      'Whole',
      ['Before', 'One', 'a', 'Sub', 'b', 'Two', 'c'],
    ]]);
    expect(shape([entry('Whole', ''), entry('Second', 'two')])).toEqual([
      ['Whole', ['Before', 'One', 'a', 'Sub', 'b']],
      ['Second', ['Two', 'c']],
    ]);
  });

  it('cuts a file named only through fragments at each visible entry, keeping text before the first', () => {
    expect(shape([entry('One', 'one'), entry('Hidden', 'sub', 2, true), entry('Two', 'two'), entry('Missing', 'nowhere')])).toEqual([
      [null, ['Before']],
      ['One', ['One', 'a', 'Sub', 'b']],
      ['Two', ['Two', 'c']],
    ]);
  });

  it('keeps a file without entries whole', () => {
    expect(shape([])).toEqual([[null, ['Before', 'One', 'a', 'Sub', 'b', 'Two', 'c']]]);
  });
});
