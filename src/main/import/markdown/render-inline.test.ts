import { describe, expect, it } from 'vitest';
import { extractEmphasis } from '../clean/emphasis-marks';
import { renderInline } from './render-inline';

const render = (s: string) => extractEmphasis(renderInline(s));
const spans = (s: string): string[] => {
  const { text, emphasis } = render(s);
  return emphasis.map((e) => text.slice(e.start, e.end));
};

describe('renderInline', () => {
  it('turns *x*, _x_, **x** and <em> into emphasis without markers', () => {
    expect(render('“*You* want to tell me”').text).toBe('“You want to tell me”');
    expect(spans('“*You* want to tell me”')).toEqual(['You']);
    expect(spans('a **bold** and _it_ and <em>em</em> and ***both***')).toEqual(['bold', 'it', 'em', 'both']);
    expect(render('*a **b** c*')).toEqual({ text: 'a b c', emphasis: [{ start: 0, end: 5 }] });
  });

  it('leaves intraword underscores, lone stars and escapes as text', () => {
    expect(render('snake_case_name and 5 * 3 * 2 and \\*not\\*')).toEqual({ text: 'snake_case_name and 5 * 3 * 2 and *not*', emphasis: [] });
  });

  it('keeps link text and drops images, notes and attributes', () => {
    expect(render('[Jane Austen](https://en.wikipedia.org/wiki/Jane_Austen "bio").').text).toBe('Jane Austen.');
    expect(render('see [the site][ref] and [small caps]{.smallcaps}').text).toBe('see the site and small caps');
    expect(render('a ![The logo.](images/logo.svg){width=50%} b').text).toBe('a  b');
    expect(render('word[^1] and ^[an inline note] end').text).toBe('word and  end');
  });

  it('strips raw HTML and drops script and style content', () => {
    expect(render('<script>alert("x")</script>safe <b>bold</b> <span class="x">text</span><style>p{}</style>').text).toBe('safe bold text');
    expect(render('a <!-- hidden --> b').text).toBe('a  b');
    expect(render('x <img src=x onerror=alert(1)> y').text).toBe('x  y');
    expect(render('<a title="1 > 0" href="#">link</a> text').text).toBe('link text');
  });

  it('keeps code span text literally and decodes entities', () => {
    expect(render('`*not emphasis*` AT&amp;T &mdash; &#8220;q&#x201D;').text).toBe('*not emphasis* AT&T — “q”');
    expect(render('&lt;script&gt;').text).toBe('<script>');
  });
});
