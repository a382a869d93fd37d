import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-to-blocks';

const texts = (html: string): string[] => htmlToBlocks(html).blocks.map((b) => b.text);
const body = (inner: string): string => `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body>${inner}</body></html>`;

describe('htmlToBlocks', () => {
  it('makes a paragraph of each block element and reads nested blocks separately', () => {
    expect(texts(body('<p>One</p><div>Two</div><ul><li>Three</li><li>Four</li></ul><blockquote><p>Five</p>tail</blockquote><table><tr><td>Six</td><td>Seven</td></tr></table>'))).toEqual([
      'One', 'Two', 'Three', 'Four', 'Five', 'tail', 'Six', 'Seven',
    ]);
  });

  it('gives each paragraph the span of its element in the source', () => {
    const html = body('<p class="x">A <i>b</i> c</p>\n<h2 id="t">Title</h2>');
    const [p, h] = htmlToBlocks(html).blocks;
    expect(html.slice(p!.start, p!.end)).toBe('<p class="x">A <i>b</i> c</p>');
    expect(html.slice(h!.start, h!.end)).toBe('<h2 id="t">Title</h2>');
    expect(h!.heading).toBe(2);
  });

  it('collapses whitespace and turns <br> into a space, two <br> into a paragraph break', () => {
    expect(texts(body('<p>  one\n\t two<br/>three</p>'))).toEqual(['one two three']);
    expect(texts(body('<div>first part<br/><br/>second part</div>'))).toEqual(['first part', 'second part']);
  });

  it('never reads scripts, styles, frames, objects, svg, math, templates, forms or images', () => {
    const html = body(
      '<p>Kept<script>evil()</script><style>p{}</style><iframe src="x">frame</iframe><object>obj</object><embed/>' +
        '<svg><text>svg</text></svg><math><mi>x</mi></math><template>tpl</template><noscript>ns</noscript>' +
        '<input value="v"/><button>btn</button><select><option>opt</option></select><textarea>ta</textarea>' +
        '<img alt="ALT TEXT"/> text</p>',
    );
    expect(texts(html)).toEqual(['Kept text']);
  });

  it('keeps escaped markup as literal text', () => {
    expect(texts(body('<p>&lt;b&gt;bold&lt;/b&gt; &amp; &#8220;quoted&#8221;</p>'))).toEqual(['<b>bold</b> & “quoted”']);
  });

  it('skips hidden elements and page-break markers', () => {
    expect(texts(body('<p>a<span hidden="">hidden</span><span style="display: none">gone</span><span epub:type="pagebreak" title="12">12</span> b</p>'))).toEqual(['a b']);
  });

  it('turns italics into emphasis ranges of the final text', () => {
    const [p] = htmlToBlocks(body('<p>“<em>You</em> want to tell me,” said <i>she</i>, citing <cite>The Times</cite>.</p>')).blocks;
    expect(p!.text).toBe('“You want to tell me,” said she, citing The Times.');
    expect(p!.emphasis!.map((e) => p!.text.slice(e.start, e.end))).toEqual(['You', 'she', 'The Times']);
  });

  it('drops footnote references and does not read footnote bodies inline', () => {
    const html = body(
      '<p>One<a epub:type="noteref" href="#n1">1</a>, two<sup><a href="#n2">2</a></sup>, three<a href="#n3"><sup>[3]</sup></a>, four<a role="doc-noteref" href="#n4">*</a>, five<a href="#n5">[5]</a>, see <a href="#ch2">chapter two</a>.</p>' +
        '<aside epub:type="footnote" id="n1"><p>The note.</p></aside><div role="doc-endnote"><p>Another note.</p></div>',
    );
    expect(texts(html)).toEqual(['One, two, three, four, five, see chapter two.']);
  });

  it('marks scene breaks from <hr> and ornament paragraphs on the next paragraph', () => {
    const blocks = htmlToBlocks(body('<p>a</p><hr/><p>b</p><p>* * *</p><p>c</p><p class="center">⁂</p><p>d</p><p>e</p>')).blocks;
    expect(blocks.map((b) => [b.text, b.sceneBreakBefore ?? false])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
      ['d', true],
      ['e', false],
    ]);
  });

  it('reads malformed markup tolerantly', () => {
    expect(texts('<html><body><p>“Unclosed,” said Ann.<p>“Still going,” said Bob.<div></span>')).toEqual(['“Unclosed,” said Ann.', '“Still going,” said Bob.']);
  });

  it('records the semantics around blocks, anchors, the title, meta and language', () => {
    const doc = htmlToBlocks(
      '<html xml:lang="en-GB"><head><title>Chapter  One</title><meta name="Author" content="Ann"/></head>' +
        '<body epub:type="bodymatter"><section id="s1" epub:type="chapter" role="doc-chapter"><h2>I</h2><p id="p2">Text</p></section></body></html>',
    );
    expect(doc.title).toBe('Chapter One');
    expect(doc.meta.get('author')).toBe('Ann');
    expect(doc.language).toBe('en-GB');
    expect(doc.blocks[0]!.semantics).toEqual(['bodymatter', 'chapter', 'chapter']);
    expect(doc.anchors.get('s1')).toBe(0);
    expect(doc.anchors.get('p2')).toBe(1);
  });

  it('treats an hgroup subtitle as part of the heading', () => {
    const blocks = htmlToBlocks(body('<hgroup><h2>Stave I</h2><p epub:type="title">Marley’s Ghost</p></hgroup><p>Marley was dead.</p>')).blocks;
    expect(blocks.map((b) => [b.text, b.heading, b.titlePart])).toEqual([
      ['Stave I', 2, undefined],
      ['Marley’s Ghost', 2, true],
      ['Marley was dead.', undefined, undefined],
    ]);
  });
});
