import type { Paragraph } from '../../shared/book';
import type { Character, Segment } from '../../shared/script';
import { attributeQuotes } from './attribution/attribute-quotes';
import { buildCast } from './characters/build-cast';
import { scanNames } from './characters/scan-names';
import type { ParagraphModel } from './paragraph-model';
import { buildSegments } from './segments/build-segments';
import { findDialogue } from './segments/find-dialogue';
import { blanksApostrophes, voicedSpans } from './segments/nested-quotes';
import { detectQuoteStyle } from './segments/quote-style';
import { dropRecitedVerse, wrapWidth } from './segments/recited-verse';
import { isIndentedProse, isVerseLayout, markSungVerse } from './segments/sung-verse';
import { alignToSource, proportionalOffsetMap, type OffsetMap } from './source-offsets';
import { wordBounds } from './text-scan';

export interface AnalysisInput {
  chapters: Array<{ title: string; paragraphs: Paragraph[] }>;
  /**
   * The decoded source file. When given, paragraphs without a `source` part are aligned to
   * `sourceText.slice(start, end)` so that segment offsets index the file exactly even though the
   * paragraph text was cleaned (lines joined, whitespace collapsed, `_italic_` marks removed).
   */
  sourceText?: string;
}

export interface AnalysisResult {
  chapters: Array<{ segments: Segment[] }>;
  characters: Character[];
}

export interface AnalysisOptions {
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

/**
 * Splits every chapter into narration and dialogue, finds the cast and attributes each line.
 * Dialogue segments hold the spoken words without their quotation marks, and their offsets span
 * those words only.
 */
export function analyzeBook(input: AnalysisInput, options: AnalysisOptions = {}): AnalysisResult {
  const texts = input.chapters.map((c) => c.paragraphs.map((p) => p.text));
  const style = detectQuoteStyle(texts.flat());
  const models: ParagraphModel[] = [];
  const total = input.chapters.length + 2;
  const width = input.sourceText !== undefined ? wrapWidth(input.sourceText) : 0;
  input.chapters.forEach((chapter, c) => {
    options.signal?.throwIfAborted();
    const dialogue = findDialogue(texts[c] ?? [], style);
    if (input.sourceText !== undefined) {
      const source = input.sourceText;
      const slices = chapter.paragraphs.map((p) => (p.source === undefined ? lineSlice(source, p.start, p.end) : ''));
      dropRecitedVerse(slices, width, dialogue);
      const verse = slices.map((slice) => slice !== '' && isVerseLayout(slice));
      markSungVerse(texts[c] ?? [], verse, dialogue);
      // Quoted blocks set as indented prose are letters and extracts, read by the narrator.
      chapter.paragraphs.forEach((p, k) => {
        const d = dialogue[k];
        if (d && d.spans.length > 0 && p.source === undefined && isIndentedProse(lineSlice(source, p.start, p.end))) {
          d.spans = [];
          d.continuesPrevious = false;
          d.continuesNext = false;
        }
      });
    }
    chapter.paragraphs.forEach((paragraph, p) => {
      const found = dialogue[p];
      const words = wordBounds(paragraph.text);
      models.push({
        chapter: c,
        text: paragraph.text,
        spans: found?.spans ?? [],
        continuesPrevious: found?.continuesPrevious ?? false,
        continuesNext: found?.continuesNext ?? false,
        sceneStart: p === 0 || paragraph.sceneBreakBefore === true,
        words,
        names: scanNames(paragraph.text, words),
      });
    });
    options.progress?.(c + 1, total);
  });
  options.signal?.throwIfAborted();
  const cast = buildCast(models);
  options.progress?.(total - 1, total);
  const speakers = attributeQuotes(models, cast);
  const lines = new Map<string, number>();
  // Nested lines are cut out of their quotes only now, so that the teller's quote is attributed whole.
  const blanked = input.sourceText !== undefined && blanksApostrophes(input.sourceText) ? input.sourceText : null;
  let k = 0;
  const chapters = input.chapters.map((chapter) => {
    const segments: Segment[] = [];
    for (const paragraph of chapter.paragraphs) {
      const model = models[k];
      const who = speakers[k] ?? [];
      k++;
      if (!model) continue;
      for (const s of who) if (s.speakerId) lines.set(s.speakerId, (lines.get(s.speakerId) ?? 0) + 1);
      const voiced = voicedSpans(paragraph, model.spans, who, blanked);
      for (const s of buildSegments(paragraph.text, voiced.spans, voiced.speakers, paragraphOffsets(paragraph, input.sourceText))) segments.push(s);
    }
    return { segments };
  });
  options.progress?.(total, total);
  const characters: Character[] = cast.members.filter((m) => !m.mergedInto).map((m) => ({
    id: m.id,
    name: m.name,
    aliases: m.aliases,
    gender: m.gender,
    lines: lines.get(m.id) ?? 0,
    ...(m.narrator ? { narrator: true } : {}),
  }));
  return { chapters, characters };
}

/** The source of a paragraph from the start of its first line, so that its indentation shows. */
function lineSlice(source: string, start: number, end: number): string {
  const lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  return source.slice(lineStart, Math.min(source.length, end));
}

function paragraphOffsets(paragraph: Paragraph, sourceText: string | undefined): OffsetMap {
  if (sourceText !== undefined && paragraph.source === undefined) {
    const map = alignToSource(paragraph.text, sourceText, paragraph.start, paragraph.end);
    return (i) => map[i] ?? map[map.length - 1] ?? 0;
  }
  return proportionalOffsetMap(paragraph.text.length, paragraph.start, paragraph.end);
}
