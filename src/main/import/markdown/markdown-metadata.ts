/** Metadata a Markdown file states about itself, and where its body starts. */
export interface MarkdownMetadata {
  title: string;
  author: string;
  language: string;
  /** Offset of the first character after the YAML block or pandoc title block (0 when none). */
  bodyStart: number;
}

const YAML_BLOCK = /^(?:\uFEFF)?---[ \t]*\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const PANDOC_TITLE_BLOCK = /^(?:%[^\n]*(?:\r?\n|$)(?:[ \t]+[^\n]*(?:\r?\n|$))*){1,3}/;

/**
 * Reads a YAML front-matter block (`title:`, `author:` as a string or list, `lang:`/`language:`)
 * or a pandoc title block (`% Title` / `% Author` / `% Date`). Only simple scalar YAML is read; the
 * block is never evaluated.
 */
export function readMarkdownMetadata(text: string): MarkdownMetadata {
  const yaml = YAML_BLOCK.exec(text.slice(0, 65_536));
  if (yaml) {
    const body = yaml[1] ?? '';
    return {
      title: yamlScalar(body, 'title'),
      author: yamlScalar(body, 'author') || yamlList(body, 'author') || yamlScalar(body, 'creator'),
      language: yamlScalar(body, 'lang') || yamlScalar(body, 'language'),
      bodyStart: yaml[0].length,
    };
  }
  const pandoc = PANDOC_TITLE_BLOCK.exec(text.slice(0, 16_384));
  if (pandoc) {
    const fields = pandoc[0].split(/\r?\n(?=%)/).map((f) => f.replace(/^%/, '').replace(/\s+/g, ' ').trim());
    return { title: fields[0] ?? '', author: (fields[1] ?? '').replace(/;\s*/g, ', '), language: '', bodyStart: pandoc[0].length };
  }
  return { title: '', author: '', language: '', bodyStart: 0 };
}

function yamlScalar(body: string, key: string): string {
  const m = new RegExp(`^${key}:[ \\t]*(.+)$`, 'mi').exec(body);
  const value = (m?.[1] ?? '').trim();
  if (value === '' || value === '|' || value === '>') return '';
  return unquote(value);
}

function yamlList(body: string, key: string): string {
  const m = new RegExp(`^${key}:[ \\t]*\\r?\\n((?:[ \\t]*-[ \\t]+.+\\r?\\n?)+)`, 'mi').exec(body);
  if (!m) return '';
  return (m[1] ?? '')
    .split(/\r?\n/)
    .map((l) => unquote(l.replace(/^[ \t]*-[ \t]+/, '').trim()))
    .filter((l) => l.length > 0)
    .join(', ');
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return (m ? m[2] ?? '' : value).replace(/^\[(.*)\]$/, '$1').trim();
}
