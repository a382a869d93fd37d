import { semanticTokens } from '../html/html-to-blocks';
import { childElements, descendants, firstDescendant, parseMarkupTree, textContent, type MarkupElement } from '../html/markup-tree';
import { normalizeText } from '../clean/normalize-text';
import { resolveHref } from '../zip/resolve-href';

/** One entry of the table of contents. */
export interface NavEntry {
  title: string;
  path: string;
  fragment: string;
  /** 1 for top-level entries. */
  depth: number;
  /** In a list marked `hidden`: present for navigation, not shown as a chapter. */
  hidden: boolean;
}

/** A landmark (EPUB 3) or guide reference (EPUB 2): which part of the book a file is. */
export interface Landmark {
  types: string[];
  path: string;
  fragment: string;
}

export interface Navigation {
  toc: NavEntry[];
  landmarks: Landmark[];
}

const label = (element: MarkupElement): string => normalizeText(textContent(element));

/** The `toc` and `landmarks` navs of an EPUB 3 navigation document. */
export function parseNavDocument(xhtml: string, navPath: string): Navigation {
  const root = parseMarkupTree(xhtml, { html: true });
  const toc: NavEntry[] = [];
  const landmarks: Landmark[] = [];
  for (const nav of descendants(root, 'nav')) {
    const types = semanticTokens(nav.attributes);
    const list = childElements(nav).find((e) => e.name === 'ol' || e.name === 'ul') ?? firstDescendant(nav, 'ol');
    if (!list) continue;
    if (types.includes('toc') && toc.length === 0) {
      // A hidden toc nav is still the book's table of contents; only hidden lists inside it are not.
      readList(list, 1, false, navPath, toc);
    } else if (types.includes('landmarks')) {
      for (const a of descendants(list, 'a')) {
        const target = resolveHref(navPath, a.attributes.href ?? '');
        const linkTypes = semanticTokens(a.attributes);
        if (target && linkTypes.length > 0) landmarks.push({ types: linkTypes, ...target });
      }
    }
  }
  return { toc, landmarks };
}

function readList(list: MarkupElement, depth: number, hidden: boolean, navPath: string, out: NavEntry[]): void {
  const listHidden = hidden || 'hidden' in list.attributes;
  for (const li of childElements(list, 'li')) {
    const itemHidden = listHidden || 'hidden' in li.attributes;
    const children = childElements(li);
    const link = children.find((e) => e.name === 'a');
    const target = link ? resolveHref(navPath, link.attributes.href ?? '') : null;
    if (link && target) out.push({ title: label(link), ...target, depth, hidden: itemHidden });
    for (const nested of children) {
      if (nested.name === 'ol' || nested.name === 'ul') readList(nested, depth + 1, itemHidden, navPath, out);
    }
  }
}

/** The table of contents of an EPUB 2 NCX file. */
export function parseNcx(xml: string, ncxPath: string): NavEntry[] {
  const root = parseMarkupTree(xml);
  const navMap = descendants(root, 'navMap')[0];
  const out: NavEntry[] = [];
  const visit = (parent: MarkupElement, depth: number): void => {
    for (const point of childElements(parent, 'navPoint')) {
      const text = childElements(point, 'navLabel')[0];
      const content = childElements(point, 'content')[0];
      const target = content ? resolveHref(ncxPath, content.attributes.src ?? '') : null;
      if (target) out.push({ title: text ? label(text) : '', ...target, depth, hidden: false });
      visit(point, depth + 1);
    }
  };
  if (navMap) visit(navMap, 1);
  return out;
}
