import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../../shared/book';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { collectHyphenatedWords } from '../clean/join-hyphenated';
import { cleanPlainParagraph } from './clean-plain-paragraph';
import { decodeText } from './decode-text';
import { importPlainText } from './import-plain-text';

const load = (relative: string): { text: string; book: ImportedBook } => {
  const { text } = decodeText(readFileSync(corpusPath(relative)));
  return { text, book: importPlainText(text, { fileName: relative.split('/').pop() ?? relative }) };
};

const includedTitles = (book: ImportedBook): string[] => book.chapters.filter((c) => c.included).map((c) => c.title);

/** Boilerplate of Standard Ebooks' imprint, colophon and uncopyright pages. */
const SE_BOILERPLATE = /standard ebooks|uncopyright|\bcc0\b/i;

describe.skipIf(!hasCorpus)(`importPlainText on the corpus (${hasCorpus ? 'present' : corpusSkipReason})`, () => {
  it.each([
    ['txt/pride-and-prejudice.txt', 61, 'I', 'LXI'],
    ['txt/a-christmas-carol.txt', 6, 'Preface', 'Stave V: The End of It'],
    ['pdnc/PrideAndPrejudice/novel_text.txt', 61, 'CHAPTER I', 'CHAPTER XIX'],
    ['pdnc/AlicesAdventuresInWonderland/novel_text.txt', 12, 'CHAPTER I: Down the Rabbit-Hole', "CHAPTER XII: Alice's Evidence"],
    ['pdnc/HardTimes/novel_text.txt', 37, 'BOOK THE FIRST: SOWING — CHAPTER I: THE ONE THING NEEDFUL', 'CHAPTER IX: FINAL'],
    ['pdnc/TheGambler/novel_text.txt', 17, 'I', 'XVII'],
    ['pdnc/TheSignOfTheFour/novel_text.txt', 12, 'Chapter I: The Science of Deduction', 'Chapter XII: The Strange Story of Jonathan Small'],
    ['pdnc/WinnieThePooh/novel_text.txt', 10, 'CHAPTER I: IN WHICH WE ARE INTRODUCED TO WINNIE-THE-POOH AND SOME BEES, AND THE STORIES BEGIN', 'CHAPTER X: IN WHICH CHRISTOPHER ROBIN GIVES POOH A PARTY, AND WE SAY GOOD-BYE'],
  ])('%s has %i included chapters', (file, count, first, last) => {
    const titles = includedTitles(load(file).book);
    expect(titles).toHaveLength(count);
    expect(titles[0]).toBe(first);
    expect(titles[titles.length - 1]).toBe(last);
  });

  it('agrees with a plain count of the heading lines in the PDNC novels', () => {
    for (const [file, heading] of [
      ['pdnc/AlicesAdventuresInWonderland/novel_text.txt', /^CHAPTER [IVXLC]+\.$/gm],
      ['pdnc/HardTimes/novel_text.txt', /^CHAPTER [IVXLC]+$/gm],
      ['pdnc/TheGambler/novel_text.txt', /^[IVXLC]+$/gm],
      ['pdnc/PrideAndPrejudice/novel_text.txt', /^CHAPTER [IVXLC]+\.$/gm],
      ['pdnc/TheSignOfTheFour/novel_text.txt', /^Chapter [IVXLC]+$/gm],
      ['pdnc/WinnieThePooh/novel_text.txt', /^\s*CHAPTER [IVXLC]+$/gm],
    ] as const) {
      const { text, book } = load(file);
      expect(includedTitles(book), file).toHaveLength(text.match(heading)?.length ?? -1);
    }
  });

  it('keeps Standard Ebooks boilerplate out of every included chapter', () => {
    for (const file of ['txt/pride-and-prejudice.txt', 'txt/a-christmas-carol.txt']) {
      const { book } = load(file);
      const roles = book.chapters.filter((c) => !c.included).map((c) => c.role);
      expect(roles, file).toEqual(expect.arrayContaining(['imprint', 'colophon', 'licence']));
      for (const chapter of book.chapters.filter((c) => c.included)) {
        for (const p of chapter.paragraphs) expect(SE_BOILERPLATE.test(p.text), `${file}: ${chapter.title}: ${p.text}`).toBe(false);
      }
    }
  });

  it('excludes the mid-book volume title pages of the Gutenberg Pride and Prejudice', () => {
    const { book } = load('pdnc/PrideAndPrejudice/novel_text.txt');
    const text = book.chapters.filter((c) => c.included).flatMap((c) => c.paragraphs.map((p) => p.text));
    expect(text).not.toContain('In Three Volumes.');
    expect(includedTitles(book)).toContain('VOL. II — CHAPTER I');
  });

  it('gives every paragraph offsets whose cleaned source slice is its text', () => {
    for (const file of ['txt/pride-and-prejudice.txt', 'txt/a-christmas-carol.txt', 'pdnc/HardTimes/novel_text.txt', 'pdnc/WinnieThePooh/novel_text.txt']) {
      const { text, book } = load(file);
      const known = collectHyphenatedWords(text);
      let checked = 0;
      for (const chapter of book.chapters) {
        for (const p of chapter.paragraphs) {
          const slice = text.slice(p.start, p.end);
          expect(slice.trim()).toBe(slice);
          expect(cleanPlainParagraph(slice, known).text).toBe(p.text);
          // Independently of the cleaner: the words of the paragraph are the words of its slice.
          expect(p.text.match(/\p{L}+/gu)?.slice(0, 5)).toEqual(slice.replace(/[-_]\s*\n\s*/g, '').match(/\p{L}+/gu)?.slice(0, 5));
          for (const e of p.emphasis ?? []) expect(e.end).toBeLessThanOrEqual(p.text.length);
          checked++;
        }
      }
      expect(checked, file).toBeGreaterThan(100);
    }
  });

  it('reads bad/latin1.txt and bad/utf16-bom.txt', () => {
    expect(load('bad/latin1.txt').book.chapters[0]?.paragraphs[0]?.text).toBe('"Café," said Renée. "Naïve résumé."');
    const utf16 = load('bad/utf16-bom.txt').book.chapters.flatMap((c) => c.paragraphs.map((p) => p.text));
    expect(utf16[0]).toBe('“Hello,” said Ann.');
  });

  it('imports the 6 MB single line quickly and completely', () => {
    const bytes = readFileSync(corpusPath('bad/one-huge-line.txt'));
    const started = performance.now();
    const { text } = decodeText(bytes);
    const book = importPlainText(text, { fileName: 'one-huge-line.txt' });
    const elapsed = performance.now() - started;
    const paragraphs = book.chapters.flatMap((c) => c.paragraphs);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.text.length).toBe(text.trim().length);
    expect(elapsed).toBeLessThan(2000);
  });
});
