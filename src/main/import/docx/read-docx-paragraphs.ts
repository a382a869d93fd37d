import { Parser } from 'htmlparser2';
import type { Emphasis } from '../../../shared/book';
import { dropSentinels, EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../clean/emphasis-marks';
import { cleanMarkedParagraph } from '../html/clean-paragraph-text';
import { toggleValue, type DocxStyles } from './docx-styles';

/** One `<w:p>` of the document body. */
export interface DocxParagraph {
  text: string;
  emphasis: Emphasis[];
  /** The `<w:p>` element's span in the decoded `word/document.xml`. */
  start: number;
  end: number;
  styleId: string;
  /** `w:outlineLvl` set on the paragraph itself, 0-based; overrides the style's. */
  outlineLevel?: number;
  /** A horizontal line: a VML rule (`o:hr`) or a border on an otherwise empty paragraph. */
  rule: boolean;
}

/**
 * Content that is not part of the reading text: tracked deletions and moves away, field
 * instructions, drawings, embedded objects and the fallback copy of alternate content.
 */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object', 'mc:Fallback']);

interface OpenParagraph {
  text: string;
  start: number;
  styleId: string;
  outlineLevel?: number;
  border: boolean;
  rule: boolean;
  emphasisOpen: boolean;
}

/**
 * Streams `word/document.xml` into paragraphs: text from runs (`w:t`, tabs, breaks, non-breaking
 * hyphens), italics from the run, its character style or the paragraph style; deletions, field
 * codes and footnote references left out; insertions kept.
 */
export function readDocxParagraphs(xml: string, styles: DocxStyles): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  let paragraph: OpenParagraph | null = null;
  let skipDepth = 0;
  let inProperties = false;
  let inRun = false;
  let inText = false;
  let runStyleItalic: boolean | undefined;
  let runDirectItalic: boolean | undefined;

  const runItalic = (): boolean => runDirectItalic ?? runStyleItalic ?? (paragraph ? styles.italic(paragraph.styleId) : undefined) ?? false;

  const append = (s: string): void => {
    if (!paragraph) return;
    const italic = runItalic();
    if (italic !== paragraph.emphasisOpen) {
      paragraph.text += italic ? EMPHASIS_OPEN : EMPHASIS_CLOSE;
      paragraph.emphasisOpen = italic;
    }
    paragraph.text += s;
  };

  const finish = (end: number): void => {
    if (!paragraph) return;
    const p = paragraph;
    paragraph = null;
    const { text, emphasis } = cleanMarkedParagraph(p.emphasisOpen ? p.text + EMPHASIS_CLOSE : p.text);
    out.push({
      text,
      emphasis,
      start: p.start,
      end,
      styleId: p.styleId,
      ...(p.outlineLevel !== undefined ? { outlineLevel: p.outlineLevel } : {}),
      rule: text.length === 0 && (p.rule || p.border),
    });
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['o:hr'] === 't' && paragraph) paragraph.rule = true;
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        switch (name) {
          case 'w:p':
            finish(parser.startIndex);
            paragraph = { text: '', start: parser.startIndex, styleId: '', border: false, rule: false, emphasisOpen: false };
            break;
          case 'w:pPr':
            inProperties = true;
            break;
          case 'w:pStyle':
            if (inProperties && paragraph) paragraph.styleId = attributes['w:val'] ?? '';
            break;
          case 'w:outlineLvl':
            if (inProperties && paragraph && /^\d$/.test(attributes['w:val'] ?? '')) paragraph.outlineLevel = Number(attributes['w:val']);
            break;
          case 'w:pBdr':
            if (inProperties && paragraph) paragraph.border = true;
            break;
          case 'w:r':
            inRun = true;
            runStyleItalic = undefined;
            runDirectItalic = undefined;
            break;
          case 'w:rStyle':
            if (inRun && !inProperties) runStyleItalic = styles.italic(attributes['w:val'] ?? '');
            break;
          case 'w:i':
            if (inRun && !inProperties) runDirectItalic = toggleValue({ attributes });
            break;
          case 'w:t':
            inText = inRun;
            break;
          case 'w:tab':
          case 'w:br':
          case 'w:cr':
            if (inRun && !inProperties) append(' ');
            break;
          case 'w:noBreakHyphen':
            if (inRun) append('-');
            break;
        }
      },

      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        switch (name) {
          case 'w:p':
            finish(parser.endIndex + 1);
            break;
          case 'w:pPr':
            inProperties = false;
            break;
          case 'w:r':
            inRun = false;
            break;
          case 'w:t':
            inText = false;
            break;
        }
      },

      ontext(data) {
        if (inText && skipDepth === 0) append(dropSentinels(data));
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  finish(xml.length);
  return out;
}
