import { stripFootnoteMarkers } from '../../../import/clean/footnote-markers';
import { normalizeText } from '../../../import/clean/normalize-text';
import { decodeXmlBytes } from '../../../import/zip/decode-xml-bytes';
import { ZipArchive } from '../../../import/zip/zip-archive';
import { resolveHref } from '../../../import/zip/resolve-href';
import { packagePathFromContainer, parsePackage } from '../../../import/epub/parse-package';
import type { ReadAlongPlan } from '../read-along-plan';
import { inspectMarkup, readEpub, smilPars, type MarkupReport } from './read-along-output';

export interface Verification {
  /** Segments whose spans hold exactly their text (after the importer's whitespace normalisation). */
  exact: number;
  /** Segments with at least one `<par>`. */
  highlighted: number;
  pars: number;
  /** Segments whose text is not inside their spans, with what the spans hold. */
  missingText: string[];
  /** SMIL `text` and `audio` references that do not resolve to an element or a manifest item. */
  brokenReferences: string[];
  nestingErrors: string[];
  /** Original entries that changed beyond our spans and stylesheet link, or went missing. */
  changedOriginals: string[];
  /** The entry names of the written book, in order. */
  names: string[];
  /** The rewritten package document. */
  opf: string;
  /** Each content document's `media-overlay` SMIL, by document path. */
  overlays: Map<string, string>;
  /** The sum of clip lengths per SMIL (seconds), to compare with `media:duration`. */
  clipSeconds: Map<string, number>;
}

const text = (bytes: Uint8Array): string => decodeXmlBytes(bytes);

/**
 * Reads a written read-along book back (with yauzl) and checks it against its plan and the original:
 * every `<par>` resolves, every segment's words are inside its spans, and the original documents
 * come back exactly once our spans and link are taken out.
 */
export async function verifyReadAlong(plan: ReadAlongPlan, outPath: string): Promise<Verification> {
  const entries = await readEpub(outPath);
  const original = ZipArchive.open(plan.epub);
  const opfPath = packagePathFromContainer(text(entries.get('META-INF/container.xml')!))!;
  const opf = text(entries.get(opfPath)!);
  const pkg = parsePackage(opf, opfPath);
  const manifestPaths = new Set([...pkg.manifest.values()].map((i) => i.path));
  const v: Verification = {
    exact: 0, highlighted: 0, pars: 0, missingText: [], brokenReferences: [], nestingErrors: [], changedOriginals: [],
    names: [...entries.keys()], opf, overlays: new Map(), clipSeconds: new Map(),
  };

  const markup = new Map<string, MarkupReport>();
  const markupOf = (path: string): MarkupReport | undefined => {
    if (!markup.has(path) && entries.has(path)) {
      const originalIds = inspectMarkup(original.readText(path) ?? '').ids;
      markup.set(path, inspectMarkup(text(entries.get(path)!), originalIds));
    }
    return markup.get(path);
  };

  const spansBySegment = new Map<string, string[]>();
  for (const item of pkg.manifest.values()) {
    const overlayId = /\bmedia-overlay="([^"]+)"/.exec(opfItemTag(opf, item.id))?.[1];
    if (!overlayId) continue;
    const smilItem = pkg.manifest.get(overlayId);
    const smil = smilItem ? entries.get(smilItem.path) : undefined;
    if (!smilItem || !smil) {
      v.brokenReferences.push(`${item.path}: media-overlay ${overlayId} names no SMIL in the book`);
      continue;
    }
    v.overlays.set(item.path, smilItem.path);
    let seconds = 0;
    for (const par of smilPars(text(smil))) {
      v.pars++;
      seconds += par.clipEnd - par.clipBegin;
      const target = resolveHref(smilItem.path, par.textSrc);
      const audio = resolveHref(smilItem.path, par.audioSrc);
      const report = target ? markupOf(target.path) : undefined;
      if (!target || target.path !== item.path || !report?.ids.has(target.fragment)) v.brokenReferences.push(`${smilItem.path}: text ${par.textSrc}`);
      if (!audio || !entries.has(audio.path) || !manifestPaths.has(audio.path)) v.brokenReferences.push(`${smilItem.path}: audio ${par.audioSrc}`);
      if (!target || !audio || !report) continue;
      // The test plans name chapter N's audio `NN.ext` and give every segment its own stretch of time.
      const chapter = Number(/(\d+)\.\w+$/.exec(audio.path)?.[1]) - 1;
      const k = plan.chapters[chapter]?.segments.findIndex((s) => s.clipBegin - 0.0005 <= par.clipBegin && par.clipEnd <= s.clipEnd + 0.0005) ?? -1;
      const key = `${chapter}/${k}`;
      spansBySegment.set(key, [...(spansBySegment.get(key) ?? []), report.texts.get(target.fragment) ?? '']);
    }
    v.clipSeconds.set(smilItem.path, seconds);
  }

  for (const [key, texts] of spansBySegment) {
    const [c, k] = key.split('/').map(Number) as [number, number];
    const segment = plan.chapters[c]?.segments[k];
    if (!segment) {
      v.missingText.push(`a <par> whose clip matches no segment (${key})`);
      continue;
    }
    v.highlighted++;
    const held = spoken(texts.join(' '));
    const wanted = spoken(segment.text ?? '');
    if (held === wanted) v.exact++;
    else if (!held.includes(wanted)) v.missingText.push(`chapter ${c + 1} segment ${k + 1}: wanted “${wanted}”, the spans hold “${held}”`);
  }

  for (const name of original.names) {
    const after = entries.get(name);
    if (!after) {
      v.changedOriginals.push(`${name} is missing`);
      continue;
    }
    if (name === opfPath || name === 'mimetype') continue;
    const before = original.read(name)!;
    if (Buffer.compare(Buffer.from(before), after) === 0) continue;
    const report = markupOf(name);
    const restored = report ? stripStylesheetLink(report.withoutSpans) : '';
    if (!v.overlays.has(name) || restored !== text(before)) v.changedOriginals.push(`${name} differs beyond the read-along markup`);
    if (report) for (const e of report.nestingErrors) v.nestingErrors.push(`${name}: ${e}`);
  }
  return v;
}

/** Text as the importer reads it: whitespace collapsed, footnote markers dropped. */
function spoken(s: string): string {
  return stripFootnoteMarkers(normalizeText(s)).text;
}

function stripStylesheetLink(xhtml: string): string {
  return xhtml.replace(/<link href="[^"]*read-along\.css" rel="stylesheet" type="text\/css"\/>/, '');
}

function opfItemTag(opf: string, id: string): string {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<item\\b[^>]*\\bid="${escaped}"[^>]*>`).exec(opf)?.[0] ?? '';
}
