import { Parser } from 'htmlparser2';
import { StudioError } from '../../../shared/errors';
import { escapeAttribute } from './overlay-document';
import { clockValue } from './smil-document';

export interface ManifestAddition {
  id: string;
  /** Relative to the package document, URL-encoded. */
  href: string;
  mediaType: string;
}

export interface PackageChanges {
  items: ManifestAddition[];
  /** The manifest id of each content document that gets an overlay → the id of its SMIL item. */
  overlays: Map<string, string>;
  /** The SMIL item id → the overlay's duration in milliseconds. */
  durations: Map<string, number>;
  /** The class reading systems put on the element being read. */
  activeClass: string;
  modified: Date;
}

interface TagPosition {
  qualifiedName: string;
  attributes: Record<string, string>;
  openStart: number;
  openEnd: number;
  closeStart: number;
  closeEnd: number;
}

interface PackageOutline {
  pkg?: TagPosition;
  metadata?: TagPosition;
  manifest?: TagPosition;
  items: TagPosition[];
  metas: TagPosition[];
  ids: Set<string>;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const prefixOf = (tag: TagPosition): string => (tag.qualifiedName.includes(':') ? tag.qualifiedName.slice(0, tag.qualifiedName.indexOf(':') + 1) : '');
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where the parts of an OPF package document sit in its source. */
function outline(xml: string): PackageOutline {
  const out: PackageOutline = { items: [], metas: [], ids: new Set() };
  const stack: TagPosition[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(qualifiedName, attributes) {
        const tag: TagPosition = { qualifiedName, attributes, openStart: parser.startIndex, openEnd: parser.endIndex + 1, closeStart: -1, closeEnd: -1 };
        stack.push(tag);
        if (attributes.id !== undefined) out.ids.add(attributes.id);
        const name = localName(qualifiedName);
        if (name === 'package' && !out.pkg) out.pkg = tag;
        else if (name === 'metadata' && !out.metadata) out.metadata = tag;
        else if (name === 'manifest' && !out.manifest) out.manifest = tag;
        else if (name === 'item' && stack.some((t) => t === out.manifest)) out.items.push(tag);
        else if (name === 'meta' && stack.some((t) => t === out.metadata)) out.metas.push(tag);
      },
      onclosetag(_name, isImplied) {
        const tag = stack.pop();
        if (!tag) return;
        const selfClosed = isImplied && parser.endIndex + 1 === tag.openEnd;
        tag.closeStart = selfClosed || isImplied ? tag.openEnd : parser.startIndex;
        tag.closeEnd = selfClosed || isImplied ? tag.openEnd : parser.endIndex + 1;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return out;
}

/** The `version` of the package: `3.0` for EPUB 3. */
export function packageVersion(xml: string): string {
  return (outline(xml).pkg?.attributes.version ?? '').trim();
}

/** Every id the package document uses, so that new manifest ids never collide with one. */
export function packageIds(xml: string): Set<string> {
  return outline(xml).ids;
}

/**
 * Adds the read-along to an EPUB 3 package document by editing its source in place: the new
 * manifest items, a `media-overlay` on each content document that has one, and the `media:`
 * metadata (a duration per overlay and in total, the active class). Earlier `media:duration` and
 * `media:active-class` entries go; `dcterms:modified` is set to now. Nothing else changes.
 */
export function rewritePackage(xml: string, changes: PackageChanges): string {
  const parts = outline(xml);
  const { metadata, manifest } = parts;
  if (!metadata || !manifest || metadata.closeStart === metadata.openEnd || manifest.closeStart === manifest.openEnd) {
    throw new StudioError('CORRUPT_FILE', 'The EPUB’s package document has no metadata or manifest to add the read-along to.');
  }
  const edits: Edit[] = [];
  const meta = prefixOf(metadata) + 'meta';
  const item = prefixOf(manifest) + 'item';

  let modifiedSet = false;
  for (const tag of parts.metas) {
    const property = (tag.attributes.property ?? '').trim();
    if (property === 'media:duration' || property === 'media:active-class') {
      edits.push({ from: lineStart(xml, tag.openStart), to: tag.closeEnd, text: '' });
    } else if (property === 'dcterms:modified' && !tag.attributes.refines && !modifiedSet) {
      edits.push({ from: tag.openEnd, to: tag.closeStart, text: timestamp(changes.modified) });
      modifiedSet = true;
    }
  }

  const metas: string[] = [];
  if (!modifiedSet) metas.push(`<${meta} property="dcterms:modified">${timestamp(changes.modified)}</${meta}>`);
  let total = 0;
  for (const [id, ms] of changes.durations) {
    metas.push(`<${meta} property="media:duration" refines="#${escapeAttribute(id)}">${clockValue(ms)}</${meta}>`);
    total += ms;
  }
  metas.push(`<${meta} property="media:duration">${clockValue(total)}</${meta}>`);
  metas.push(`<${meta} property="media:active-class">${escapeText(changes.activeClass)}</${meta}>`);
  edits.push({ from: metadata.closeStart, to: metadata.closeStart, text: indentedLines(xml, metadata.closeStart, metas) });

  for (const tag of parts.items) {
    const overlay = changes.overlays.get(tag.attributes.id ?? '');
    if (overlay !== undefined) edits.push(setAttribute(xml, tag, 'media-overlay', overlay));
  }
  const items = changes.items.map((i) => `<${item} id="${escapeAttribute(i.id)}" href="${escapeAttribute(i.href)}" media-type="${escapeAttribute(i.mediaType)}"/>`);
  edits.push({ from: manifest.closeStart, to: manifest.closeStart, text: indentedLines(xml, manifest.closeStart, items) });

  return applyEdits(xml, edits);
}

/** Replaces the attribute's value in the start tag, or adds the attribute before the tag's end. */
function setAttribute(xml: string, tag: TagPosition, name: string, value: string): Edit {
  const source = xml.slice(tag.openStart, tag.openEnd);
  const existing = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`).exec(source);
  const text = ` ${name}="${escapeAttribute(value)}"`;
  if (existing) return { from: tag.openStart + existing.index, to: tag.openStart + existing.index + existing[0].length, text };
  const end = source.endsWith('/>') ? tag.openEnd - 2 : tag.openEnd - 1;
  return { from: end, to: end, text };
}

/**
 * Elements to insert just before the end tag at `at`: one a line, indented one step deeper than the
 * end tag when it stands on a line of its own, run together when the document is all on one line.
 */
function indentedLines(xml: string, at: number, elements: readonly string[]): string {
  const lineBegin = xml.lastIndexOf('\n', at - 1) + 1;
  const indent = xml.slice(lineBegin, at);
  if (lineBegin === 0 || !/^[ \t]*$/.test(indent)) return elements.join('');
  const step = indent.includes('\t') || indent === '' ? '\t' : '  ';
  return elements.map((e) => `${step}${e}\n${indent}`).join('');
}

/** Where the whitespace before `at` begins, if only whitespace stands between it and the line's start. */
function lineStart(xml: string, at: number): number {
  const lineBegin = xml.lastIndexOf('\n', at - 1);
  return lineBegin >= 0 && /^[ \t]*$/.test(xml.slice(lineBegin + 1, at)) ? lineBegin : at;
}

function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let from = 0;
  for (const edit of sorted) {
    out += xml.slice(from, edit.from) + edit.text;
    from = Math.max(from, edit.to);
  }
  return out + xml.slice(from);
}

/** `dcterms:modified` wants whole seconds in UTC: `2024-03-09T14:30:08Z`. */
function timestamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
