import { describe, expect, it } from 'vitest';
import { readMarkdownMetadata } from './markdown-metadata';

describe('readMarkdownMetadata', () => {
  it('reads YAML front matter', () => {
    const md = '---\ntitle: "Pride and Prejudice"\nauthor:\n  - Jane Austen\nlang: en-GB\n---\n# I\n';
    expect(readMarkdownMetadata(md)).toEqual({ title: 'Pride and Prejudice', author: 'Jane Austen', language: 'en-GB', bodyStart: md.indexOf('# I') });
  });

  it('reads a pandoc title block', () => {
    const md = '% A Christmas Carol\n% Charles Dickens\n% 1843\n\nText\n';
    expect(readMarkdownMetadata(md)).toMatchObject({ title: 'A Christmas Carol', author: 'Charles Dickens', bodyStart: md.indexOf('\nText') });
  });

  it('finds nothing in plain Markdown', () => {
    expect(readMarkdownMetadata('## I\n\nText\n')).toEqual({ title: '', author: '', language: '', bodyStart: 0 });
  });
});
