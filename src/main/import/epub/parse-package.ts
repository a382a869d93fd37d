import { StudioError } from '../../../shared/errors';
import { childElements, descendants, firstDescendant, parseMarkupTree, textContent, type MarkupElement } from '../html/markup-tree';
import { resolveHref } from '../zip/resolve-href';

export interface ManifestItem {
  id: string;
  /** The entry name inside the archive. */
  path: string;
  mediaType: string;
  properties: string[];
}

export interface SpineItem {
  item: ManifestItem;
  /** `linear="no"` items (covers, pop-up notes) are outside the reading order. */
  linear: boolean;
}

export interface GuideReference {
  type: string;
  path: string;
  fragment: string;
}

/** What an OPF package document says about the book. */
export interface PackageDocument {
  title: string;
  author: string;
  language: string;
  manifest: Map<string, ManifestItem>;
  spine: SpineItem[];
  /** The EPUB 3 navigation document, if the manifest names one. */
  navPath?: string;
  /** The EPUB 2 NCX table of contents, if there is one. */
  ncxPath?: string;
  /** EPUB 2 `<guide>` references (cover, title-page, toc, text...). */
  guide: GuideReference[];
}

const damagedPackage = (path: string): StudioError =>
  new StudioError('CORRUPT_FILE', `The EPUB's package document (${path}) is damaged, so its chapters cannot be found.`);

/** Reads metadata, manifest, spine and guide from the OPF at `opfPath`. */
export function parsePackage(xml: string, opfPath: string): PackageDocument {
  const root = parseMarkupTree(xml);
  const pkg = firstDescendant(root, 'package');
  if (!pkg) throw damagedPackage(opfPath);
  const metadata = firstDescendant(pkg, 'metadata');

  const manifest = new Map<string, ManifestItem>();
  for (const element of descendants(firstDescendant(pkg, 'manifest') ?? pkg, 'item')) {
    const { id, href } = element.attributes;
    const resolved = href === undefined ? null : resolveHref(opfPath, href);
    if (!id || !resolved || manifest.has(id)) continue;
    manifest.set(id, {
      id,
      path: resolved.path,
      mediaType: (element.attributes['media-type'] ?? '').trim().toLowerCase(),
      properties: (element.attributes.properties ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    });
  }

  const spineElement = firstDescendant(pkg, 'spine');
  const spine: SpineItem[] = [];
  for (const ref of spineElement ? descendants(spineElement, 'itemref') : []) {
    const item = manifest.get(ref.attributes.idref ?? '');
    if (item) spine.push({ item, linear: (ref.attributes.linear ?? 'yes').trim().toLowerCase() !== 'no' });
  }

  const items = [...manifest.values()];
  const navPath = items.find((i) => i.properties.includes('nav'))?.path;
  const ncxId = spineElement?.attributes.toc;
  const ncxPath = (ncxId ? manifest.get(ncxId) : undefined)?.path ?? items.find((i) => i.mediaType === 'application/x-dtbncx+xml')?.path;

  const guide: GuideReference[] = [];
  const guideElement = firstDescendant(pkg, 'guide');
  for (const reference of guideElement ? descendants(guideElement, 'reference') : []) {
    const resolved = resolveHref(opfPath, reference.attributes.href ?? '');
    const type = (reference.attributes.type ?? '').trim().toLowerCase();
    if (resolved && type) guide.push({ type, ...resolved });
  }

  return {
    title: metadata ? mainTitle(metadata) : '',
    author: metadata ? authors(metadata) : '',
    language: metadata ? (dcText(metadata, 'language')[0] ?? '') : '',
    manifest,
    spine,
    ...(navPath ? { navPath } : {}),
    ...(ncxPath ? { ncxPath } : {}),
    guide,
  };
}

/** Dublin Core elements by local name; OEB 1 packages capitalise them (`dc:Title`). */
function dcElements(metadata: MarkupElement, name: string): MarkupElement[] {
  const out: MarkupElement[] = [];
  const visit = (e: MarkupElement): void => {
    for (const child of childElements(e)) {
      if (child.name.toLowerCase() === name) out.push(child);
      else visit(child);
    }
  };
  visit(metadata);
  return out;
}

function dcText(metadata: MarkupElement, name: string): string[] {
  return dcElements(metadata, name)
    .map(textContent)
    .filter((t) => t.length > 0);
}

/** EPUB 3 `<meta refines="#id" property="...">` values, by the id they refine. */
function refinements(metadata: MarkupElement, property: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const meta of childElements(metadata, 'meta')) {
    const refines = meta.attributes.refines;
    if (meta.attributes.property === property && refines?.startsWith('#')) out.set(refines.slice(1), textContent(meta).toLowerCase());
  }
  return out;
}

/** The title whose `title-type` is `main`, or the first title. */
function mainTitle(metadata: MarkupElement): string {
  const titles = dcElements(metadata, 'title').filter((e) => textContent(e).length > 0);
  const types = refinements(metadata, 'title-type');
  const main = titles.find((t) => types.get(t.attributes.id ?? '') === 'main') ?? titles[0];
  return main ? textContent(main) : '';
}

/**
 * The authors: creators whose role is `aut` (EPUB 2 `opf:role`, EPUB 3 refining `role`), or every
 * creator when none has a role.
 */
function authors(metadata: MarkupElement): string {
  const creators = dcElements(metadata, 'creator').filter((e) => textContent(e).length > 0);
  const roles = refinements(metadata, 'role');
  const roleOf = (e: MarkupElement): string | undefined =>
    (e.attributes['opf:role'] ?? e.attributes.role ?? roles.get(e.attributes.id ?? ''))?.trim().toLowerCase();
  const withRoles = creators.filter((c) => roleOf(c) !== undefined);
  const chosen = withRoles.length === 0 ? creators : creators.filter((c) => roleOf(c) === 'aut');
  return (chosen.length > 0 ? chosen : creators).map(textContent).join(', ');
}

/** The package document named by `META-INF/container.xml`. */
export function packagePathFromContainer(containerXml: string): string | null {
  const root = parseMarkupTree(containerXml);
  const rootfiles = descendants(root, 'rootfile').filter((r) => r.attributes['full-path']);
  const opf = rootfiles.find((r) => (r.attributes['media-type'] ?? '').trim() === 'application/oebps-package+xml') ?? rootfiles[0];
  const resolved = opf ? resolveHref('', opf.attributes['full-path'] ?? '') : null;
  return resolved?.path ?? null;
}
