import Epub from 'epubjs/src/epub/epub.js';
import Resources from 'epubjs/src/epub/resources.js';
import { zipPath } from './epub-paths';

/**
 * epubjs 0.4.2 rewrites the links in each page with one regular expression built from the book's
 * other resources. A book with none (a single XHTML file) gets the pattern `()`, which matches
 * between every two characters and writes "undefined" there, so the page no longer parses. With
 * nothing to rewrite, the page is left as it is.
 */
const substitute = Resources.prototype.substitute;
Resources.prototype.substitute = function (this: Resources, text: string, resources: Record<string, string>): string {
  return Object.keys(resources).length === 0 ? text : substitute.call(this, text, resources);
};

/** An EPUB opened from its bytes: each spine document as a URL a frame can show. */
export interface EpubBook {
  /** The document a segment came from (its `source`: the path in the zip), or the first one. */
  documentUrl(path: string | null): string | null;
  close(): void;
}

/**
 * Opens the book with epubjs from its bytes. Its resources (styles, images) become blob: URLs of
 * this page, so the frame needs no network and nothing outside the book.
 */
export async function openEpubBook(bytes: Uint8Array): Promise<EpubBook> {
  const epub = new Epub({ replacements: 'blobUrl' });
  const data = await epub.open(bytes.slice().buffer);
  const packagePath = epub.container?.packagePath ?? '';
  const urls = new Map<string, string>();
  let first: string | null = null;
  for (const item of Array.from(data.spine)) {
    first ??= item.href;
    urls.set(zipPath(packagePath, item.source), item.href);
  }
  return {
    documentUrl: (path) => (path === null ? first : (urls.get(path) ?? first)),
    close: () => epub.destroy(),
  };
}
