import { describe, expect, it } from 'vitest';
import { resolveHref } from './resolve-href';

describe('resolveHref', () => {
  it('resolves relative links against the linking file and splits off the fragment', () => {
    expect(resolveHref('OEBPS/content.opf', 'text/ch%201.xhtml#p2')).toEqual({ path: 'OEBPS/text/ch 1.xhtml', fragment: 'p2' });
    expect(resolveHref('OEBPS/text/a.xhtml', '../images/b.png')).toEqual({ path: 'OEBPS/images/b.png', fragment: '' });
    expect(resolveHref('OEBPS/text/a.xhtml', './b.xhtml')).toEqual({ path: 'OEBPS/text/b.xhtml', fragment: '' });
    expect(resolveHref('OEBPS/text/a.xhtml', '#note')).toEqual({ path: 'OEBPS/text/a.xhtml', fragment: 'note' });
    expect(resolveHref('OEBPS/a.xhtml', '/root.xhtml')).toEqual({ path: 'root.xhtml', fragment: '' });
  });

  it('never follows links off the archive or above its root', () => {
    expect(resolveHref('OEBPS/a.xhtml', 'https://example.com/x.xhtml')).toBeNull();
    expect(resolveHref('OEBPS/a.xhtml', 'data:text/html,hi')).toBeNull();
    expect(resolveHref('OEBPS/a.xhtml', 'javascript:alert(1)')).toBeNull();
    expect(resolveHref('OEBPS/a.xhtml', '../../etc/passwd')).toBeNull();
    expect(resolveHref('OEBPS/a.xhtml', '')).toBeNull();
  });
});
