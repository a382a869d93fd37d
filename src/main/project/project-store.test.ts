import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../shared/book';
import { StudioError } from '../../shared/errors';
import { createProjectFile } from './create-project';
import { freeProjectPath, projectFileName } from './project-file-name';
import { ProjectSession } from './project-session';

const book: ImportedBook = {
  book: { title: 'A Test Book', author: 'Ann Author', language: 'en', format: 'text' },
  warnings: ['one warning'],
  chapters: [
    { title: 'Title Page', kind: 'front-matter', role: 'title-page', included: false, paragraphs: [{ text: 'A Test Book', start: 0, end: 11 }] },
    {
      title: 'Chapter 1',
      kind: 'body',
      included: true,
      paragraphs: [
        { text: 'It was a dark night.', start: 20, end: 40, emphasis: [{ start: 9, end: 13 }] },
        { text: 'Then morning came.', start: 42, end: 60, sceneBreakBefore: true },
      ],
    },
  ],
};

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dramatis-project-'));
}

describe('project store', () => {
  it('creates a project file and restores everything on reopening', () => {
    const path = join(tempDir(), 'a.dramatis');
    createProjectFile(path, book, { name: 'book.txt', bytes: new TextEncoder().encode('source bytes') });
    const session = ProjectSession.open(path);
    const summary = session.summary();
    expect(summary.book).toEqual(book.book);
    expect(summary.sourceName).toBe('book.txt');
    expect(summary.warnings).toEqual(['one warning']);
    expect(summary.chapters.map((c) => [c.title, c.kind, c.role, c.included, c.wordCount, c.paragraphCount])).toEqual([
      ['Title Page', 'front-matter', 'title-page', false, 3, 1],
      ['Chapter 1', 'body', null, true, 8, 2],
    ]);
    const chapter = session.chapter(summary.chapters[1]!.id);
    expect(chapter.paragraphs.map((p) => [p.text, p.start, p.end, p.emphasis, p.sceneBreakBefore])).toEqual([
      ['It was a dark night.', 20, 40, [{ start: 9, end: 13 }], false],
      ['Then morning came.', 42, 60, [], true],
    ]);
    expect(session.integrityCheck()).toBe('ok');
    session.close();
  });

  it('keeps an include toggle across reopening and records it as an edit', () => {
    const path = join(tempDir(), 'b.dramatis');
    createProjectFile(path, book, { name: 'b.txt', bytes: new Uint8Array([1]) });
    let session = ProjectSession.open(path);
    const front = session.summary().chapters[0]!;
    expect(session.setChapterIncluded(front.id, true).included).toBe(true);
    session.close();
    session = ProjectSession.open(path);
    expect(session.summary().chapters[0]!.included).toBe(true);
    expect(() => session.setChapterIncluded(999, true)).toThrow(StudioError);
    session.close();
  });

  it('leaves nothing behind when creation fails', () => {
    const dir = tempDir();
    const path = join(dir, 'c.dramatis');
    const broken = { ...book, chapters: [{ ...book.chapters[1]!, kind: 'nonsense' }] } as unknown as ImportedBook;
    expect(() => createProjectFile(path, broken, { name: 'c.txt', bytes: new Uint8Array() })).toThrow(StudioError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file that is not a project', () => {
    const path = join(tempDir(), 'not.dramatis');
    writeFileSync(path, 'hello');
    expect(() => ProjectSession.open(path)).toThrow(StudioError);
    expect(() => ProjectSession.open(join(tempDir(), 'missing.dramatis'))).toThrow(/could not be opened/);
  });
});

describe('project file names', () => {
  it('never lets a title point outside the folder', () => {
    expect(projectFileName('../../etc/passwd')).toBe('etc passwd.dramatis');
    expect(projectFileName('...')).toBe('Untitled.dramatis');
    expect(projectFileName('Pride and Prejudice')).toBe('Pride and Prejudice.dramatis');
    expect(projectFileName('a\\b:c*d')).toBe('a b c d.dramatis');
  });

  it('picks a free name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'X.dramatis'), '');
    expect(freeProjectPath(dir, 'X')).toBe(join(dir, 'X (2).dramatis'));
    expect(existsSync(freeProjectPath(dir, 'Y'))).toBe(false);
  });
});
