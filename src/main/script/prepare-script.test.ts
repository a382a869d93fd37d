import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/script';
import { saveAnalysis } from '../project/analysis-store';
import { ProjectSession } from '../project/project-session';
import { bookSchema } from '../project/schema/001-book';
import { analysisSchema } from '../project/schema/002-analysis';
import { NARRATOR_COLOUR } from './colours';
import { ScriptEditor } from './script-editor';
import { tempProjectPath } from './testing/projects';
import { tinyBook } from './testing/tiny-book';

let session: ProjectSession | undefined;
afterEach(() => session?.close());

const dialogue = (text: string, start: number, speakerId: string): Segment => ({
  kind: 'dialogue', text, start, end: start + text.length, speakerId, confidence: 0.9, reason: 'speech-verb-name',
});

describe('the narrator', () => {
  it('is the first-person narrator when the analysis finds one, and the studio’s own otherwise', () => {
    session = ProjectSession.open(tinyBook());
    const editor = new ScriptEditor(session.db);
    const studioNarrator = editor.cast().find((c) => c.narrator)!;
    const [chapterId] = editor.book().map((c) => c.chapterId);

    saveAnalysis(session.db, [chapterId!], {
      chapters: [{ segments: [dialogue('Call me', 0, 'i')] }],
      characters: [{ id: 'i', name: 'Ishmael', aliases: [], gender: 'male', lines: 1, narrator: true }, { id: 'q', name: 'Queequeg', aliases: [], gender: 'male', lines: 0, narrator: true }],
    });
    let narrators = editor.cast().filter((c) => c.narrator);
    expect(narrators.map((c) => c.name)).toEqual(['Ishmael']);
    expect(editor.cast().some((c) => c.id === studioNarrator.id)).toBe(false);
    expect(narrators[0]!.colour).toBe(NARRATOR_COLOUR);

    saveAnalysis(session.db, [chapterId!], { chapters: [{ segments: [dialogue('Call me', 0, 'i')] }], characters: [{ id: 'i', name: 'Ishmael', aliases: [], gender: 'male', lines: 1 }] });
    narrators = editor.cast().filter((c) => c.narrator);
    expect(narrators.map((c) => [c.name, c.colour])).toEqual([['Narrator', NARRATOR_COLOUR]]);
  });

  it('keeps its id across re-analyses that find no first-person narrator', () => {
    session = ProjectSession.open(tinyBook());
    const editor = new ScriptEditor(session.db);
    const before = editor.cast().find((c) => c.narrator)!.id;
    const [chapterId] = editor.book().map((c) => c.chapterId);
    saveAnalysis(session.db, [chapterId!], { chapters: [{ segments: [] }], characters: [] });
    expect(editor.cast().find((c) => c.narrator)!.id).toBe(before);
  });
});

describe('opening a project made before script editing', () => {
  it('adds the narrator, colours, paragraphs, word counts and scene breaks', () => {
    const path = tempProjectPath('old');
    const db = new Database(path);
    db.exec(bookSchema.sql);
    db.exec(analysisSchema.sql);
    db.pragma('user_version = 2');
    db.exec(`
      INSERT INTO meta (key, value) VALUES ('title', 'Old'), ('author', 'A'), ('language', 'en'), ('format', 'epub');
      INSERT INTO chapters (id, idx, title, kind, included, word_count) VALUES (1, 0, 'One', 'body', 1, 9);
      -- Two parts of an EPUB whose offsets overlap: the walk must follow the order, not the numbers.
      INSERT INTO paragraphs (chapter_id, idx, text, start, end, source, scene_break) VALUES
        (1, 0, '“Hello there,” said Ann.', 100, 124, 'a.xhtml', 0),
        (1, 1, 'Night fell.', 10, 21, 'b.xhtml', 1);
      INSERT INTO characters (id, key, name, gender, origin) VALUES (1, 'analysis:ann', 'Ann', 'female', 'analysis'), (2, 'analysis:bob', 'Bob', 'male', 'analysis');
      INSERT INTO segments (chapter_id, idx, kind, text, start, end, source, speaker_id, confidence, reason) VALUES
        (1, 0, 'dialogue', 'Hello there,', 101, 113, 'a.xhtml', 1, 0.9, 'speech-verb-name'),
        (1, 1, 'narration', 'said Ann.', 115, 124, 'a.xhtml', NULL, 1, NULL),
        (1, 2, 'narration', 'Night fell.', 10, 21, 'a.xhtml', NULL, 1, NULL);
    `);
    db.close();

    session = ProjectSession.open(path);
    const editor = new ScriptEditor(session.db);
    const cast = editor.cast();
    expect(cast.map((c) => [c.name, c.narrator, c.lines, c.words])).toEqual([
      ['Narrator', true, 2, 4],
      ['Ann', false, 1, 2],
      ['Bob', false, 0, 0],
    ]);
    expect(new Set(cast.map((c) => c.colour)).size).toBe(3);
    expect(editor.chapter(1).segments.map((s) => [s.paragraphIndex, s.source, s.sceneBreakBefore])).toEqual([
      [0, 'a.xhtml', false],
      [0, 'a.xhtml', false],
      [1, 'b.xhtml', true],
    ]);
  });
});

describe('durability settings', () => {
  it('syncs every commit to disk', () => {
    session = ProjectSession.open(tinyBook());
    expect(session.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 is FULL: a commit is on disk before the edit returns, even across a power cut.
    expect(session.db.pragma('synchronous', { simple: true })).toBe(2);
  });
});
