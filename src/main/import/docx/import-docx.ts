import type { Chapter, ImportedBook, Paragraph } from '../../../shared/book';
import { StudioError } from '../../../shared/errors';
import { classifyMatter } from '../chapters/classify-matter';
import { descendants, firstDescendant, parseMarkupTree, textContent } from '../html/markup-tree';
import { titleFromFileName } from '../html/title-from-file-name';
import { throwIfAborted, type ImportContext } from '../import-context';
import { resolveHref } from '../zip/resolve-href';
import { ZipArchive } from '../zip/zip-archive';
import { DocxStyles } from './docx-styles';
import { readDocxParagraphs } from './read-docx-paragraphs';
import { splitDocxChapters, type DocxSection } from './split-docx-chapters';

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * Reads a Word document: the main part's paragraphs, cut into chapters at the heading level that
 * holds them, with title and author from the document properties.
 */
export async function importDocx(bytes: Uint8Array, ctx: ImportContext): Promise<ImportedBook> {
  const zip = ZipArchive.open(bytes);
  const documentPath = mainDocumentPath(zip);
  const xml = zip.readText(documentPath);
  if (xml === null) {
    throw new StudioError('CORRUPT_FILE', 'This Word document has no main text (word/document.xml is missing): the file is damaged or was not saved by a word processor.');
  }
  throwIfAborted(ctx.signal);
  ctx.progress?.(0, 1);
  const styles = new DocxStyles(zip.readText(siblingPath(documentPath, 'styles.xml')));
  const { sections, bookTitle } = splitDocxChapters(readDocxParagraphs(xml, styles), styles);
  throwIfAborted(ctx.signal);

  const readable = sections.filter((s) => s.paragraphs.length > 0);
  if (readable.length === 0) throw new StudioError('NO_TEXT', 'This Word document has no text to read.');
  const chapters = readable.map((section, index) => toChapter(section, index, readable.length, documentPath));
  const core = readCoreProperties(zip);
  ctx.progress?.(1, 1);
  return {
    book: {
      title: core.title || bookTitle || titleFromFileName(ctx.fileName),
      author: core.creator,
      language: core.language || styles.language,
      format: 'docx',
    },
    chapters,
    warnings: zip.unsafeNames.length > 0 ? [`${zip.unsafeNames.length} file(s) in the document had names pointing outside it and were ignored.`] : [],
  };
}

function toChapter(section: DocxSection, index: number, count: number, source: string): Chapter {
  const title = section.title || (index === 0 ? 'Opening' : `Section ${index + 1}`);
  const { kind, role } = classifyMatter({
    title,
    text: section.paragraphs.map((p) => p.text).join('\n'),
    index,
    count,
    semantics: section.semantics,
  });
  const paragraphs = section.paragraphs.map((p): Paragraph => {
    const out: Paragraph = { text: p.text, start: p.start, end: p.end, source };
    if (p.emphasis.length > 0) out.emphasis = p.emphasis;
    if (p.sceneBreakBefore) out.sceneBreakBefore = true;
    return out;
  });
  return { title, kind, ...(role ? { role } : {}), included: kind === 'body', paragraphs };
}

/** The main part named by the package relationships, `word/document.xml` by convention. */
function mainDocumentPath(zip: ZipArchive): string {
  const rels = zip.readText('_rels/.rels');
  if (rels !== null) {
    for (const rel of descendants(parseMarkupTree(rels), 'Relationship')) {
      const target = rel.attributes.Target;
      if (!OFFICE_DOCUMENT.test(rel.attributes.Type ?? '') || !target) continue;
      const resolved = resolveHref('', target);
      if (resolved && zip.has(resolved.path)) return resolved.path;
    }
  }
  return 'word/document.xml';
}

function siblingPath(path: string, name: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? name : `${path.slice(0, slash + 1)}${name}`;
}

function readCoreProperties(zip: ZipArchive): { title: string; creator: string; language: string } {
  const xml = zip.readText('docProps/core.xml');
  if (xml === null) return { title: '', creator: '', language: '' };
  const root = parseMarkupTree(xml);
  const text = (name: string): string => {
    const element = firstDescendant(root, name);
    return element ? textContent(element) : '';
  };
  return { title: text('title'), creator: text('creator'), language: text('language') };
}
