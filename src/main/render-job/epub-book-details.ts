import { isStudioError } from '../../shared/errors';
import { packagePathFromContainer, parsePackage } from '../import/epub/parse-package';
import { descendants, firstDescendant, parseMarkupTree, textContent, type MarkupElement } from '../import/html/markup-tree';
import { ZipArchive } from '../import/zip/zip-archive';
import type { BookCover } from '../render/render-plan';

/** What an EPUB's package says that the audiobook's tags can use. */
export interface EpubBookDetails {
  year?: string;
  description?: string;
  genre?: string;
  cover?: BookCover;
}

/**
 * The publication year, description, first subject and cover image of an EPUB, from its package
 * document. The cover is the manifest item marked `cover-image` (EPUB 3) or named by
 * `<meta name="cover">` (EPUB 2), when it is a JPEG or PNG. A damaged book gives what could be read.
 */
export function readEpubBookDetails(bytes: Uint8Array): EpubBookDetails {
  try {
    const zip = ZipArchive.open(bytes);
    const container = zip.readText('META-INF/container.xml');
    const opfPath = container ? packagePathFromContainer(container) : null;
    const opf = opfPath ? zip.readText(opfPath) : null;
    if (!opfPath || !opf) return {};
    const metadata = firstDescendant(parseMarkupTree(opf), 'metadata');
    const details: EpubBookDetails = {};
    const year = metadata ? publicationYear(metadata) : undefined;
    if (year) details.year = year;
    const description = metadata ? firstText(metadata, 'description') : '';
    if (description) details.description = plainText(description).slice(0, 4000);
    const genre = metadata ? firstText(metadata, 'subject') : '';
    if (genre) details.genre = genre.slice(0, 200);
    const cover = coverImage(zip, opf, opfPath, metadata);
    if (cover) details.cover = cover;
    return details;
  } catch (error) {
    if (isStudioError(error)) return {};
    throw error;
  }
}

function firstText(metadata: MarkupElement, name: string): string {
  const element = descendants(metadata, name).find((e) => e.qualifiedName.startsWith('dc:') || e.qualifiedName === name);
  return element ? textContent(element).replace(/\s+/g, ' ').trim() : '';
}

/** The year of the first `dc:date`. */
function publicationYear(metadata: MarkupElement): string | undefined {
  const date = firstText(metadata, 'date');
  const match = /\b(\d{4})\b/.exec(date);
  return match?.[1];
}

/** Descriptions are often escaped XHTML: keep only the words. */
function plainText(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function coverImage(zip: ZipArchive, opf: string, opfPath: string, metadata: MarkupElement | undefined): BookCover | null {
  const pkg = parsePackage(opf, opfPath);
  const items = [...pkg.manifest.values()];
  const namedId = metadata ? descendants(metadata, 'meta').find((m) => m.attributes.name === 'cover')?.attributes.content : undefined;
  const item = items.find((i) => i.properties.includes('cover-image')) ?? (namedId ? pkg.manifest.get(namedId) : undefined);
  if (!item) return null;
  const bytes = zip.read(item.path);
  if (!bytes) return null;
  const mimeType = imageType(bytes);
  return mimeType ? { bytes, mimeType } : null;
}

/** By the bytes, not the manifest's word for it. */
function imageType(bytes: Uint8Array): BookCover['mimeType'] | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  return null;
}
