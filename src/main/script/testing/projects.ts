import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportedBook, Paragraph } from '../../../shared/book';
import type { Segment } from '../../../shared/script';
import { analyzeBook } from '../../analysis/analyze-book';
import { importManuscript } from '../../import/import-manuscript';
import type { StoredAnalysis } from '../../project/analysis-store';
import { createProjectFile } from '../../project/create-project';
import { corpusPath } from '../../testing/corpus';

const built = new Map<string, string>();

export function tempProjectPath(name = 'book'): string {
  return join(mkdtempSync(join(tmpdir(), 'dramatis-script-')), `${name}.dramatis`);
}

/**
 * A project imported and analysed from a corpus file, as the studio makes it. Built once per test
 * file; every call returns a fresh copy, so tests never see each other's edits.
 */
export async function corpusProject(relative: string): Promise<string> {
  let master = built.get(relative);
  if (!master || !existsSync(master)) {
    const path = corpusPath(relative);
    const bytes = new Uint8Array(readFileSync(path));
    const { imported, sourceText } = await importManuscript(bytes, { fileName: basename(path) });
    const analysis = analyzeBook({ chapters: imported.chapters, sourceText: sourceText ?? undefined });
    master = tempProjectPath('master');
    createProjectFile(master, imported, { name: basename(path), bytes }, analysis);
    built.set(relative, master);
  }
  const copy = tempProjectPath();
  copyFileSync(master, copy);
  return copy;
}

/** A paragraph of a hand-made book: its text and the segments cut from it, by text and speaker name. */
export interface HandParagraph {
  text: string;
  sceneBreakBefore?: boolean;
  segments: Array<{ kind: Segment['kind']; text: string; speaker?: string; confidence?: number; reason?: Segment['reason'] }>;
}

/**
 * A small project with a script laid out by hand, so a test knows every line and speaker. Paragraphs
 * sit in a plain-text source with a blank line between them; segment offsets are exact.
 */
export function handMadeProject(chapters: HandParagraph[][], characters: Array<{ name: string; gender?: 'female' | 'male'; narrator?: boolean }>): string {
  let source = '';
  const analysis: StoredAnalysis = { chapters: [], characters: [] };
  const book: ImportedBook = { book: { title: 'Hand Made', author: 'Tester', language: 'en', format: 'text' }, warnings: [], chapters: [] };
  const idOf = new Map(characters.map((c, i) => [c.name, `c${i}`]));
  analysis.characters = characters.map((c, i) => ({ id: `c${i}`, name: c.name, aliases: [], gender: c.gender ?? 'female', lines: 0, ...(c.narrator ? { narrator: true } : {}) }));
  chapters.forEach((paragraphs, c) => {
    if (source.length > 0) source += '\n\n';
    source += `CHAPTER ${c + 1}`;
    const outParagraphs: Paragraph[] = [];
    const segments: Segment[] = [];
    for (const p of paragraphs) {
      source += '\n\n';
      const start = source.length;
      source += p.text;
      outParagraphs.push({ text: p.text, start, end: source.length, ...(p.sceneBreakBefore ? { sceneBreakBefore: true } : {}) });
      let cursor = 0;
      for (const s of p.segments) {
        const at = p.text.indexOf(s.text, cursor);
        if (at < 0) throw new Error(`“${s.text}” is not in “${p.text}”`);
        cursor = at + s.text.length;
        const speakerId = s.speaker ? (idOf.get(s.speaker) ?? null) : null;
        const dialogue = s.kind === 'dialogue';
        segments.push({
          kind: s.kind, text: s.text, start: start + at, end: start + cursor, speakerId,
          confidence: s.confidence ?? (dialogue ? 0.9 : 1), reason: s.reason ?? (dialogue ? 'speech-verb-name' : null),
        });
      }
    }
    book.chapters.push({ title: `Chapter ${c + 1}`, kind: 'body', included: true, paragraphs: outParagraphs });
    analysis.chapters.push({ segments });
  });
  const path = tempProjectPath('hand-made');
  createProjectFile(path, book, { name: 'hand-made.txt', bytes: new TextEncoder().encode(source) }, analysis);
  return path;
}
