import { StudioError } from '../../../shared/errors';
import { writeAtomically } from '../write-atomically';
import { ZipWriter } from '../zip-writer';
import { readAudioKind, type AudioKind } from './audio-media-type';
import { overlayDocument, type DocumentSegment, type OverlayPar } from './overlay-document';
import { ReadAlongLayout } from './read-along-layout';
import type { ReadAlongOptions, ReadAlongPlan, ReadAlongResult, UnplacedSegment } from './read-along-plan';
import { relativeHref } from './relative-href';
import { packageIds, rewritePackage, type ManifestAddition } from './rewrite-package';
import { overlayDurationMs, smilDocument } from './smil-document';
import { isXhtmlItem, openSourceBook, type SourceBook } from './source-book';

export const ACTIVE_CLASS = '-epub-media-overlay-active';
const STYLESHEET = `/* Dramatis read-along: the words being read aloud. */\n.${ACTIVE_CLASS} {\n\tbackground-color: rgba(255, 214, 0, 0.4);\n}\n`;
/** Already compressed: deflating them again costs time and saves nothing. */
const COMPRESSED = /\.(?:jpe?g|png|gif|webp|mp3|m4a|mp4|aac|ogg|opus|woff2?)$/i;

interface PlannedAudio {
  path: string;
  entry: string;
  kind: AudioKind;
  used: boolean;
}

interface Overlay {
  documentPath: string;
  manifestId: string;
  smilPath: string;
  smilId: string;
  xhtml: string;
  pars: OverlayPar[];
}

const encoder = new TextEncoder();

/**
 * Writes an EPUB 3 read-along edition of the original book: each content document the audiobook
 * reads gets a media overlay (SMIL) that pairs every segment's words with its clip of the chapter
 * audio, so reading apps highlight the text as it is read. Everything else of the original is kept
 * as it was. The book is written to a temporary file and renamed into place when complete.
 */
export async function exportReadAlong(plan: ReadAlongPlan, options: ReadAlongOptions): Promise<ReadAlongResult> {
  const book = openSourceBook(plan.epub);
  checkTimings(plan);
  const layout = new ReadAlongLayout(book.opfPath, book.zip.names, packageIds(book.opf));
  const audio = await planAudio(plan, layout);
  const unplaced: UnplacedSegment[] = [];
  const all = plan.chapters.flatMap((chapter, c) => chapter.segments.map((segment) => ({ chapter: c, segment })));
  const unplace = (key: number, reason: string): void => {
    const { chapter, segment } = all[key]!;
    unplaced.push({ chapter, source: segment.source, start: segment.start, end: segment.end, reason });
  };
  const audioByEntry = new Map(audio.flat().map((a) => [a.entry, a]));
  const byDocument = groupByDocument(plan, book, audio, unplace);
  const modified = options.modified ?? new Date();
  const stylesheetPath = layout.stylesheet();

  const total = byDocument.size + audio.flat().length + 1;
  let done = 0;
  const overlays: Overlay[] = [];
  let segmentCount = 0;
  for (const [documentPath, segments] of byDocument) {
    options.signal?.throwIfAborted();
    options.progress?.(done++, total, `Marking up ${documentPath}`);
    const source = book.zip.readText(documentPath);
    if (source === null) {
      for (const s of segments) unplace(s.key, 'its document is missing from the EPUB');
      continue;
    }
    const result = overlayDocument(source, segments, relativeHref(documentPath, stylesheetPath));
    for (const { key, reason } of result.unplaced) unplace(key, reason);
    if (result.pars.length === 0) continue;
    segmentCount += result.placed.length;
    for (const par of result.pars) audioByEntry.get(par.audio)!.used = true;
    const smilPath = layout.overlay(documentPath);
    overlays.push({
      documentPath,
      manifestId: book.itemsByPath.get(documentPath)!.id,
      smilPath,
      smilId: layout.id('dr-overlay'),
      xhtml: result.xhtml,
      pars: result.pars,
    });
  }
  if (overlays.length === 0) {
    throw new StudioError('NO_TEXT', 'None of the rendered segments could be matched to the text of the book, so there is nothing to highlight.');
  }

  const usedAudio = audio.flat().filter((a) => a.used);
  const items: ManifestAddition[] = [
    { id: layout.id('dr-read-along-css'), href: relativeHref(book.opfPath, stylesheetPath), mediaType: 'text/css' },
    ...overlays.map((o) => ({ id: o.smilId, href: relativeHref(book.opfPath, o.smilPath), mediaType: 'application/smil+xml' })),
    ...usedAudio.map((a) => ({ id: layout.id('dr-audio'), href: relativeHref(book.opfPath, a.entry), mediaType: a.kind.mediaType })),
  ];
  const durations = new Map(overlays.map((o) => [o.smilId, overlayDurationMs(o.pars)]));
  const opf = rewritePackage(book.opf, {
    items,
    overlays: new Map(overlays.map((o) => [o.manifestId, o.smilId])),
    durations,
    activeClass: ACTIVE_CLASS,
    modified,
  });

  const replaced = new Map<string, Uint8Array>([[entryName(book, book.opfPath), encoder.encode(opf)]]);
  for (const o of overlays) replaced.set(entryName(book, o.documentPath), encoder.encode(asUtf8Declaration(o.xhtml)));
  const added = new Map<string, Uint8Array>([[stylesheetPath, encoder.encode(STYLESHEET)]]);
  for (const o of overlays) added.set(o.smilPath, encoder.encode(smilDocument(relativeHref(o.smilPath, o.documentPath), o.pars, (entry) => relativeHref(o.smilPath, entry))));

  await writeAtomically(options.outPath, async (temporary) => {
    const zip = await ZipWriter.create(temporary, { modified });
    try {
      await zip.addBytes('mimetype', encoder.encode('application/epub+zip'), { compress: false });
      for (const name of book.zip.names) {
        if (name === 'mimetype') continue;
        options.signal?.throwIfAborted();
        const bytes = replaced.get(name) ?? book.zip.read(name);
        if (bytes) await zip.addBytes(name, bytes, { compress: !COMPRESSED.test(name) });
      }
      for (const [name, bytes] of added) await zip.addBytes(name, bytes, { compress: true });
      for (const a of usedAudio) {
        options.progress?.(done++, total, `Adding ${a.entry}`);
        options.signal?.throwIfAborted();
        await zip.addFile(a.entry, a.path);
      }
      options.signal?.throwIfAborted();
      await zip.close();
    } catch (error) {
      await zip.abort();
      throw error;
    }
  });
  options.progress?.(total, total, 'Read-along book written');

  return {
    path: options.outPath,
    overlays: overlays.length,
    segments: segmentCount,
    pars: overlays.reduce((n, o) => n + o.pars.length, 0),
    unplaced,
    durationSeconds: [...durations.values()].reduce((n, ms) => n + ms, 0) / 1000,
  };
}

/**
 * Clip times must be real, non-negative and in order; anything else is a bug upstream worth naming.
 * An empty clip (a segment that rendered to nothing) is allowed: it is reported, not highlighted.
 */
function checkTimings(plan: ReadAlongPlan): void {
  plan.chapters.forEach((chapter, c) => {
    for (const s of chapter.segments) {
      const valid = Number.isFinite(s.clipBegin) && Number.isFinite(s.clipEnd) && s.clipBegin >= 0 && s.clipEnd >= s.clipBegin;
      const part = s.audio ?? 0;
      if (!valid || !Number.isInteger(part) || part < 0 || part >= chapter.audio.length) {
        throw new StudioError(
          'INVALID_REQUEST',
          `Chapter ${c + 1} (${chapter.title}) has a segment timed ${s.clipBegin}–${s.clipEnd} s in audio file ${part + 1} of ${chapter.audio.length}; render the chapter again.`,
        );
      }
    }
  });
}

async function planAudio(plan: ReadAlongPlan, layout: ReadAlongLayout): Promise<PlannedAudio[][]> {
  const out: PlannedAudio[][] = [];
  for (const [c, chapter] of plan.chapters.entries()) {
    const files: PlannedAudio[] = [];
    for (const [k, file] of chapter.audio.entries()) {
      const kind = await readAudioKind(file.path);
      files.push({ path: file.path, entry: layout.audio(c, k, chapter.audio.length, kind.extension), kind, used: false });
    }
    out.push(files);
  }
  return out;
}

/** The segments of every content document, keyed by their place in the plan, documents in order of first use. */
function groupByDocument(
  plan: ReadAlongPlan,
  book: SourceBook,
  audio: PlannedAudio[][],
  unplace: (key: number, reason: string) => void,
): Map<string, DocumentSegment[]> {
  const out = new Map<string, DocumentSegment[]>();
  let key = 0;
  plan.chapters.forEach((chapter, c) => {
    for (const s of chapter.segments) {
      const k = key++;
      if (!isXhtmlItem(book.itemsByPath.get(s.source))) {
        unplace(k, 'its source is not a content document of the book');
        continue;
      }
      let group = out.get(s.source);
      if (!group) out.set(s.source, (group = []));
      group.push({
        key: k,
        start: s.start,
        end: s.end,
        ...(s.text !== undefined ? { text: s.text } : {}),
        audio: audio[c]![s.audio ?? 0]!.entry,
        clipBeginMs: Math.round(s.clipBegin * 1000),
        clipEndMs: Math.round(s.clipEnd * 1000),
      });
    }
  });
  return out;
}

/** The archive's own spelling of a name the package gives, which may differ in case (the archive reader allows that). */
function entryName(book: SourceBook, path: string): string {
  const lower = path.toLowerCase();
  return book.zip.names.find((n) => n === path) ?? book.zip.names.find((n) => n.toLowerCase() === lower) ?? path;
}

/** The documents are written as UTF-8, so a declaration naming another encoding must say so too. */
function asUtf8Declaration(xhtml: string): string {
  return xhtml.replace(/^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2/, (whole, head: string, quote: string, name: string) =>
    /^utf-?8$/i.test(name) ? whole : `${head}${quote}UTF-8${quote}`,
  );
}
