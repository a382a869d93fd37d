import { StudioError } from '../../../shared/errors';
import { detectDrm } from '../../import/epub/detect-drm';
import { packagePathFromContainer, parsePackage, type ManifestItem } from '../../import/epub/parse-package';
import { ZipArchive } from '../../import/zip/zip-archive';
import { packageVersion } from './rewrite-package';

/** The original EPUB opened for rewriting: its archive and its package document. */
export interface SourceBook {
  zip: ZipArchive;
  opfPath: string;
  opf: string;
  /** Manifest items by their path inside the archive. */
  itemsByPath: Map<string, ManifestItem>;
}

const XHTML = 'application/xhtml+xml';

/**
 * Opens the EPUB the project was imported from. A book locked with DRM is refused (DRM_PROTECTED),
 * as at import; so is an EPUB 2 book, whose reading systems know nothing of media overlays.
 */
export function openSourceBook(bytes: Uint8Array): SourceBook {
  const zip = ZipArchive.open(bytes);
  detectDrm(zip);
  const container = zip.readText('META-INF/container.xml');
  const opfPath = container === null ? null : packagePathFromContainer(container);
  const opf = opfPath === null ? null : zip.readText(opfPath);
  if (opfPath === null || opf === null) {
    throw new StudioError('CORRUPT_FILE', 'The book’s EPUB has no package document (content.opf), so a read-along edition cannot be made from it.');
  }
  const version = packageVersion(opf);
  if (!version.startsWith('3')) {
    throw new StudioError(
      'UNSUPPORTED_FORMAT',
      `The book is an EPUB ${version || 'of unknown version'}; read-along highlighting needs an EPUB 3 source. Convert the book to EPUB 3 (Calibre can) and import that.`,
    );
  }
  const pkg = parsePackage(opf, opfPath);
  const itemsByPath = new Map<string, ManifestItem>();
  for (const item of pkg.manifest.values()) if (!itemsByPath.has(item.path)) itemsByPath.set(item.path, item);
  return { zip, opfPath, opf, itemsByPath };
}

export function isXhtmlItem(item: ManifestItem | undefined): item is ManifestItem {
  return item !== undefined && item.mediaType === XHTML;
}
