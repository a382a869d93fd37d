import type { ManuscriptSource } from '../../../../shared/contract';

/** The file name of a manuscript source, without its folder. */
export function sourceFileName(source: ManuscriptSource): string {
  const name = source.kind === 'path' ? source.path : source.name;
  return name.split(/[\\/]/).pop() || name;
}

/** A project name to suggest before the book's own title is known: the file name without extension. */
export function bookNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim();
  return stem || 'Untitled';
}
