import type { Chapter, ImportedBook, Paragraph } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { classifyMatter } from '../chapters/classify-matter';
import { htmlToBlocks, type Block } from '../html/html-to-blocks';
import { takeLeadingHeadings } from '../html/leading-headings';
import { titleFromFileName } from '../html/title-from-file-name';
import { throwIfAborted, type ImportContext } from '../import-context';
import { ZipArchive } from '../zip/zip-archive';
import { detectDrm } from './detect-drm';
import { packagePathFromContainer, parsePackage, type ManifestItem, type PackageDocument } from './parse-package';
import { parseNavDocument, parseNcx, type Landmark, type Navigation } from './parse-navigation';
import { splitByNavigation } from './split-by-navigation';

interface Draft {
  title: string;
  semantics: string[];
  source: string;
  paragraphs: Block[];
}

const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/html+xml']);
const isContentDocument = (item: ManifestItem): boolean => CONTENT_TYPES.has(item.mediaType) || (item.mediaType === '' && /\.x?html?$/i.test(item.path));

/**
 * Reads an EPUB 2 or 3 book: package metadata, the spine in reading order (without `linear="no"`
 * items), chapter titles from the navigation document or NCX (cutting files that hold several
 * chapters), and front and back matter from the book's own semantics and the matter classifier.
 */
export async function importEpub(bytes: Uint8Array, ctx: ImportContext): Promise<ImportedBook> {
  const zip = ZipArchive.open(bytes);
  detectDrm(zip);
  const opfPath = findPackagePath(zip);
  const opf = zip.readText(opfPath);
  if (opf === null) throw new StudioError('CORRUPT_FILE', `The EPUB names a package document (${opfPath}) that it does not contain.`);
  const pkg = parsePackage(opf, opfPath);
  const warnings: string[] = [];
  if (zip.unsafeNames.length > 0) {
    warnings.push(`${zip.unsafeNames.length} file(s) in the EPUB had names pointing outside the book and were ignored.`);
  }

  const spine = readingOrder(pkg);
  if (spine.length === 0) {
    throw new StudioError('NO_TEXT', 'This EPUB lists no chapters in its reading order (its spine is empty), so there is no text to read.');
  }

  const navigation = readNavigation(zip, pkg, warnings);
  const tocByPath = groupByPath(navigation.toc);
  const landmarksByPath = groupByPath(navigation.landmarks);
  const drafts: Draft[] = [];
  let language = pkg.language;
  let pausedAt = performance.now();
  for (let i = 0; i < spine.length; i++) {
    // A long book is read in one go; pausing now and then lets a cancellation arrive.
    if (performance.now() - pausedAt > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      pausedAt = performance.now();
    }
    throwIfAborted(ctx.signal);
    ctx.progress?.(i, spine.length);
    const item = spine[i]!;
    const xhtml = zip.readText(item.path);
    if (xhtml === null) {
      warnings.push(`The chapter file ${item.path} is missing from the EPUB and was skipped.`);
      continue;
    }
    const doc = htmlToBlocks(xhtml);
    if (!language) language = doc.language;
    for (const part of splitByNavigation(doc, tocByPath.get(item.path) ?? [])) {
      const { heading, paragraphs } = takeLeadingHeadings(part.blocks, part.navTitle);
      const fallbackTitle = part.fragment === '' && doc.title !== pkg.title ? doc.title : '';
      drafts.push({
        title: part.navTitle || heading || fallbackTitle,
        semantics: partSemantics(part.blocks[0]?.semantics ?? [], item, part.fragment, landmarksByPath.get(item.path) ?? []),
        source: item.path,
        paragraphs,
      });
    }
  }
  ctx.progress?.(spine.length, spine.length);

  const readable = drafts.filter((d) => d.paragraphs.length > 0);
  if (readable.length === 0) {
    throw new StudioError('NO_TEXT', 'This EPUB has no readable text: its chapters are empty or hold only images.');
  }
  const chapters = readable.map((draft, index): Chapter => {
    const title = draft.title || `Section ${index + 1}`;
    const { kind, role } = classifyMatter({
      title,
      text: draft.paragraphs.map((p) => p.text).join('\n'),
      index,
      count: readable.length,
      semantics: draft.semantics,
    });
    return { title, kind, ...(role ? { role } : {}), included: kind === 'body', paragraphs: draft.paragraphs.map((b) => toParagraph(b, draft.source)) };
  });

  return {
    book: { title: pkg.title || titleFromFileName(ctx.fileName), author: pkg.author, language, format: 'epub' },
    chapters,
    warnings,
  };
}

/** The spine's linear content documents, each file once. */
function readingOrder(pkg: PackageDocument): ManifestItem[] {
  const seen = new Set<string>();
  const out: ManifestItem[] = [];
  for (const { item, linear } of pkg.spine) {
    if (!linear || !isContentDocument(item) || seen.has(item.path)) continue;
    seen.add(item.path);
    out.push(item);
  }
  return out;
}

function findPackagePath(zip: ZipArchive): string {
  const container = zip.readText('META-INF/container.xml');
  const named = container === null ? null : packagePathFromContainer(container);
  if (named) return named;
  const opf = zip.names.find((n) => n.toLowerCase().endsWith('.opf'));
  if (opf) return opf;
  throw new StudioError('CORRUPT_FILE', 'This EPUB has no package document (content.opf), so its chapters cannot be found.');
}

/** The EPUB 3 navigation document, else the EPUB 2 NCX; the guide's references count as landmarks. */
function readNavigation(zip: ZipArchive, pkg: PackageDocument, warnings: string[]): Navigation {
  const guide: Landmark[] = pkg.guide.map((g) => ({ types: [g.type], path: g.path, fragment: g.fragment }));
  const navXhtml = pkg.navPath ? zip.readText(pkg.navPath) : null;
  if (pkg.navPath && navXhtml !== null) {
    const nav = parseNavDocument(navXhtml, pkg.navPath);
    if (nav.toc.length > 0 || !pkg.ncxPath) return { toc: nav.toc, landmarks: [...nav.landmarks, ...guide] };
  }
  const ncx = pkg.ncxPath ? zip.readText(pkg.ncxPath) : null;
  if (pkg.ncxPath && ncx !== null) return { toc: parseNcx(ncx, pkg.ncxPath), landmarks: guide };
  if (pkg.navPath || pkg.ncxPath) warnings.push('The EPUB’s table of contents is missing; chapter titles were taken from the headings.');
  return { toc: [], landmarks: guide };
}

function groupByPath<T extends { path: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.path);
    if (list) list.push(item);
    else out.set(item.path, [item]);
  }
  return out;
}

/**
 * What the book itself says a part is: the `epub:type`s around its first block, the landmarks and
 * guide references that point at it, and `toc` for the navigation document.
 */
function partSemantics(blockSemantics: readonly string[], item: ManifestItem, fragment: string, landmarks: readonly Landmark[]): string[] {
  const out = new Set(blockSemantics);
  for (const landmark of landmarks) if (landmark.fragment === fragment || landmark.fragment === '') for (const t of landmark.types) out.add(t);
  if (item.properties.includes('nav')) out.add('toc');
  return [...out];
}

function toParagraph(block: Block, source: string): Paragraph {
  const p: Paragraph = { text: block.text, start: block.start, end: block.end, source };
  if (block.emphasis) p.emphasis = block.emphasis;
  if (block.sceneBreakBefore) p.sceneBreakBefore = true;
  return p;
}

