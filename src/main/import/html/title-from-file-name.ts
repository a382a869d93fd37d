/** A fallback book title: the file's name without folders or extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '').trim() || 'Untitled';
}
