import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedBook } from '../../shared/book';
import type { Segment } from '../../shared/script';
import { correctSpeaker, readCharacters, readScript, saveAnalysis } from './analysis-store';
import { createProjectFile } from './create-project';
import { openDatabase } from './open-database';

const book: ImportedBook = {
  book: { title: 'T', author: 'A', language: 'en', format: 'text' },
  warnings: [],
  chapters: [{ title: 'One', kind: 'body', included: true, paragraphs: [{ text: '"Hi," said Jane. "Yes," said Lizzy.', start: 0, end: 36 }] }],
};

const seg = (kind: Segment['kind'], start: number, end: number, speakerId: string | null): Segment => ({
  kind, text: 'x', start, end, speakerId, confidence: kind === 'dialogue' ? 0.9 : 1, reason: kind === 'dialogue' ? 'speech-verb-name' : null,
});

describe('analysis store', () => {
  it('keeps the author’s corrections when the book is analysed again', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dramatis-analysis-')), 'p.dramatis');
    createProjectFile(path, book, { name: 't.txt', bytes: new Uint8Array([1]) });
    const db = openDatabase(path);
    const chapterId = (db.prepare('SELECT id FROM chapters').get() as { id: number }).id;
    const characters = [
      { id: 'c1', name: 'Jane Bennet', aliases: ['Jane'], gender: 'female' as const, lines: 1 },
      { id: 'c2', name: 'Elizabeth Bennet', aliases: ['Lizzy'], gender: 'female' as const, lines: 1 },
    ];
    saveAnalysis(db, [chapterId], { chapters: [{ segments: [seg('dialogue', 0, 5, 'c1'), seg('narration', 6, 16, null), seg('dialogue', 17, 23, 'c1')] }], characters });
    let script = readScript(db, chapterId);
    const names = new Map(readCharacters(db).map((c) => [c.id, c.name]));
    expect(script.map((s) => (s.speakerId ? names.get(s.speakerId) : null))).toEqual(['Jane Bennet', null, 'Jane Bennet']);

    const lizzy = readCharacters(db).find((c) => c.name === 'Elizabeth Bennet')!;
    correctSpeaker(db, script[2]!.id, lizzy.id);
    expect(readScript(db, chapterId)[2]).toMatchObject({ speakerId: lizzy.id, corrected: true });

    // A re-analysis with different ids and a dropped character must not undo the fix.
    saveAnalysis(db, [chapterId], {
      chapters: [{ segments: [seg('dialogue', 0, 5, 'c9'), seg('narration', 6, 16, null), seg('dialogue', 17, 23, 'c9')] }],
      characters: [{ id: 'c9', name: 'Jane Bennet', aliases: ['Jane'], gender: 'female', lines: 2 }],
    });
    script = readScript(db, chapterId);
    expect(script[0]).toMatchObject({ corrected: false });
    expect(script[2]).toMatchObject({ speakerId: lizzy.id, corrected: true });
    // Every project has exactly one narrator; with no first-person narrator found, the studio's own.
    const cast = readCharacters(db);
    expect(cast.map((c) => [c.name, c.lines, c.narrator])).toEqual([
      ['Elizabeth Bennet', 1, false],
      ['Jane Bennet', 1, false],
      ['Narrator', 0, true],
    ]);
    db.close();
  });
});
