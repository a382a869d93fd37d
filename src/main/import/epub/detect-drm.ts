import { StudioError } from '../../../shared/errors';
import { descendants, firstDescendant, parseMarkupTree } from '../html/markup-tree';
import type { ZipArchive } from '../zip/zip-archive';

/**
 * Font obfuscation (IDPF and Adobe) scrambles embedded fonts so they cannot be lifted from the
 * book; it is not DRM and leaves the text readable.
 */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#rc']);
/** Encrypted resources that carry no text: fonts and media. */
const MEDIA_FILE = /\.(?:ttf|otf|woff2?|eot|jpe?g|png|gif|webp|svg|mp3|m4a|aac|ogg|opus|mp4|m4v|webm)$/i;

function drmProtected(scheme: string): StudioError {
  return new StudioError(
    'DRM_PROTECTED',
    `This book is locked with DRM (${scheme}), so its text cannot be read. Import a DRM-free copy of the EPUB instead.`,
  );
}

/**
 * Refuses an EPUB whose content documents are encrypted: Apple FairPlay (`sinf.xml`), Readium LCP
 * (`license.lcpl`), Adobe ADEPT (`rights.xml`) and any other scheme that `encryption.xml` applies
 * to text rather than to fonts or media.
 */
export function detectDrm(zip: ZipArchive): void {
  if (zip.has('META-INF/sinf.xml')) throw drmProtected('Apple FairPlay');
  if (zip.has('META-INF/license.lcpl')) throw drmProtected('Readium LCP');
  const encryption = zip.readText('META-INF/encryption.xml');
  if (encryption === null) return;
  const root = parseMarkupTree(encryption);
  const encryptsText = descendants(root, 'EncryptedData').some((data) => {
    const algorithm = (firstDescendant(data, 'EncryptionMethod')?.attributes.Algorithm ?? '').trim().toLowerCase();
    const uri = firstDescendant(data, 'CipherReference')?.attributes.URI ?? '';
    return !FONT_OBFUSCATION.has(algorithm) && !MEDIA_FILE.test(uri);
  });
  if (!encryptsText) return;
  throw drmProtected(zip.has('META-INF/rights.xml') ? 'Adobe ADEPT' : 'encrypted content');
}
