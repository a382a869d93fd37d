import { chooseChapterLevel } from '../html/choose-chapter-level';
import { isSceneBreakText } from '../html/scene-break';
import type { DocxStyles, ParagraphRole } from './docx-styles';
import type { DocxParagraph } from './read-docx-paragraphs';

export interface DocxSection {
  /** The heading's text; '' for text before the first chapter heading. */
  title: string;
  paragraphs: Array<DocxParagraph & { sceneBreakBefore?: boolean }>;
  /** Lower-case style names that say what the section is, for the matter classifier. */
  semantics: string[];
}

export interface DocxChapters {
  sections: DocxSection[];
  /** The text of the first Title-styled paragraph, '' if none. */
  bookTitle: string;
}

/**
 * Cuts the document at the heading level that holds its chapters (see `chooseChapterLevel`), and
 * at any level above it. Title and subtitle paragraphs are metadata, not text. A short title-case
 * line right under a chapter heading is its subtitle ("Stave I" + "Marley's Ghost"), as pandoc
 * writes an EPUB hgroup.
 * Scene-break paragraphs (`* * *`, horizontal rules) mark the paragraph after them.
 */
export function splitDocxChapters(paragraphs: readonly DocxParagraph[], styles: DocxStyles): DocxChapters {
  const roles = paragraphs.map((p): ParagraphRole => {
    if (p.text.length === 0) return { kind: 'text' };
    if (p.outlineLevel !== undefined) return p.outlineLevel < 9 ? { kind: 'heading', level: p.outlineLevel + 1 } : { kind: 'text' };
    return styles.paragraphRole(p.styleId);
  });
  const headings: Array<{ level: number; text: string }> = [];
  roles.forEach((role, i) => {
    if (role.kind === 'heading') headings.push({ level: role.level, text: paragraphs[i]!.text });
  });
  const chapterLevel = chooseChapterLevel(headings);

  const sections: DocxSection[] = [];
  let current: DocxSection = { title: '', paragraphs: [], semantics: [] };
  let bookTitle = '';
  let sceneBreak = false;
  const close = (section: DocxSection): void => {
    const [first, second] = section.paragraphs;
    if (section.title && first && second && !second.sceneBreakBefore && isSubtitle(first.text)) {
      section.title = `${section.title}: ${first.text}`;
      section.paragraphs.shift();
    }
    if (section.paragraphs.length > 0 || section.title) sections.push(section);
  };
  paragraphs.forEach((p, i) => {
    const role = roles[i]!;
    if (role.kind === 'title' || role.kind === 'subtitle') {
      if (role.kind === 'title' && !bookTitle) bookTitle = p.text;
      if (!current.semantics.includes('titlepage')) current.semantics.push('titlepage');
      return;
    }
    if (role.kind === 'heading' && role.level <= chapterLevel) {
      close(current);
      current = { title: p.text, paragraphs: [], semantics: [styles.name(p.styleId)] };
      sceneBreak = false;
      return;
    }
    if (p.rule || isSceneBreakText(p.text)) {
      sceneBreak = current.paragraphs.length > 0;
      return;
    }
    if (p.text.length === 0) return;
    current.paragraphs.push(sceneBreak ? { ...p, sceneBreakBefore: true } : p);
    sceneBreak = false;
  });
  close(current);
  return { sections, bookTitle };
}

/** A few title-case words without sentence punctuation or quotes: a subtitle, not a sentence. */
function isSubtitle(text: string): boolean {
  const words = text.split(' ');
  if (words.length > 8 || /[.!?…:;,]$/u.test(text) || /^["'“‘«]/u.test(text)) return false;
  return words.every((w) => w.replace(/[^\p{L}]/gu, '').length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}
