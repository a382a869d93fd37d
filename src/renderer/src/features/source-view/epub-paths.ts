/**
 * The path of a file inside the EPUB's zip, from the package document's path and an href relative
 * to it: the form the import stores in each segment's `source`.
 */
export function zipPath(packagePath: string, href: string): string {
  const base = packagePath.includes('/') ? packagePath.slice(0, packagePath.lastIndexOf('/')).split('/') : [];
  const relative = decodePath(href.split(/[?#]/)[0] ?? '');
  const parts = relative.startsWith('/') ? [] : base;
  const out = [...parts];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
