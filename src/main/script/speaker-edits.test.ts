import { afterEach, describe, expect, it } from 'vitest';
import type { ChapterScript } from '../../shared/script-editing';
import { saveAnalysis } from '../project/analysis-store';
import type { ProjectSession } from '../project/project-session';
import type { ScriptEditor } from './script-editor';
import { expectStudioError } from './testing/expect-error';
import { lineOf } from './testing/line-of';
import { handMadeProject } from './testing/projects';
import { roundTrip } from './testing/round-trip';
import { openEditor } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';

let session: ProjectSession | undefined;
afterEach(() => session?.close());

function open(path = tinyBook()): { editor: ScriptEditor; first: ChapterScript; id: (name: string) => number } {
  const opened = openEditor(path);
  session = opened.session;
  const cast = opened.editor.cast();
  const id = (name: string): number => {
    const found = cast.find((c) => c.name === name);
    if (!found) throw new Error(`no character ${name}`);
    return found.id;
  };
  return { editor: opened.editor, first: opened.editor.book()[0]!, id };
}

const speakers = (chapter: ChapterScript, texts: string[]) => texts.map((t) => lineOf(chapter, t).speakerId);

describe('setting a speaker', () => {
  it('records the author’s choice and says how many lines propagation would change', () => {
    const { editor, first, id } = open();
    const gladly = lineOf(first, 'Gladly.');
    const change = roundTrip(session!.db, editor, () => editor.setSpeaker({ segmentId: gladly.id, speaker: { characterId: id('Elizabeth') } }));
    expect(lineOf(change.chapters[0]!, 'Gladly.')).toMatchObject({ speakerId: id('Elizabeth'), corrected: true, confidence: 1 });
    expect(change.propagation).toEqual({ segmentId: gladly.id, changes: 2 });
    expect(change.history.undoLabel).toBe('Set speaker to Elizabeth');
    expect(change.cast.find((c) => c.name === 'Elizabeth')!.lines).toBe(3);
  });

  it('creates a new character from the same call, with a colour of its own', () => {
    const { editor, first } = open();
    const change = roundTrip(session!.db, editor, () =>
      editor.setSpeaker({ segmentId: lineOf(first, 'Where is everyone?').id, speaker: { newCharacter: 'Mrs. Hill', gender: 'female' } }),
    );
    const hill = change.cast.find((c) => c.name === 'Mrs. Hill')!;
    expect(hill).toMatchObject({ origin: 'user', gender: 'female', lines: 1, narrator: false });
    expect(lineOf(change.chapters[0]!, 'Where is everyone?').speakerId).toBe(hill.id);
    const others = change.cast.filter((c) => c.id !== hill.id && !c.narrator).map((c) => c.colour);
    expect(others).not.toContain(hill.colour);
  });

  it('refuses an unknown line or character, and a new character named like an existing one', () => {
    const { editor, first, id } = open();
    expectStudioError(() => editor.setSpeaker({ segmentId: 999, speaker: { characterId: id('Jane') } }), 'NOT_FOUND', /no line 999/);
    expectStudioError(() => editor.setSpeaker({ segmentId: first.segments[1]!.id, speaker: { characterId: 999 } }), 'NOT_FOUND', /no character 999/);
    expectStudioError(
      () => editor.setSpeaker({ segmentId: first.segments[1]!.id, speaker: { newCharacter: ' jane ', gender: 'unknown' } }),
      'INVALID_REQUEST',
      /already a character called Jane/,
    );
  });

  it('survives a re-analysis of the chapter', () => {
    const { editor, first, id } = open();
    const gladly = lineOf(first, 'Gladly.');
    editor.setSpeaker({ segmentId: gladly.id, speaker: { characterId: id('Elizabeth') } });
    const db = session!.db;
    const rows = db.prepare('SELECT kind, text, start, end, speaker_id, confidence, reason FROM segments WHERE chapter_id = ? ORDER BY idx').all(first.chapterId) as Array<{
      kind: 'dialogue' | 'narration'; text: string; start: number; end: number; speaker_id: number | null; confidence: number; reason: null;
    }>;
    saveAnalysis(db, [first.chapterId], {
      chapters: [{ segments: rows.map((r) => ({ ...r, speakerId: r.speaker_id === null ? null : 'jane' })) }],
      characters: [{ id: 'jane', name: 'Jane', aliases: [], gender: 'female', lines: 9 }],
    });
    expect(lineOf(editor.chapter(first.chapterId), 'Gladly.')).toMatchObject({ speakerId: id('Elizabeth'), corrected: true });
    expect(editor.cast().some((c) => c.name === 'Elizabeth')).toBe(true);
  });
});

describe('propagating turn-taking', () => {
  it('alternates the two speakers after a fix until a line with a speech tag', () => {
    const { editor, first, id } = open();
    const gladly = lineOf(first, 'Gladly.');
    editor.setSpeaker({ segmentId: gladly.id, speaker: { characterId: id('Elizabeth') } });
    const change = roundTrip(session!.db, editor, () => editor.propagate(gladly.id));
    const after = change.chapters[0]!;
    expect(speakers(after, ['Gladly.', 'To Meryton, then?', 'Yes, to Meryton.', 'Wait for me!'])).toEqual([id('Elizabeth'), id('Jane'), id('Elizabeth'), id('Lydia')]);
    expect(lineOf(after, 'To Meryton, then?')).toMatchObject({ corrected: false, reason: 'turn-taking', confidence: 0.8 });
    expect(change.history.undoLabel).toBe('Re-run turn-taking (2 lines)');
    // Nothing left to change: the offer is gone.
    expect(editor.setSpeaker({ segmentId: gladly.id, speaker: { characterId: id('Elizabeth') } }).propagation?.changes).toBe(0);
  });

  it('stops at a scene break, a long narration, two narration paragraphs, and a line the author fixed', () => {
    const words = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    const d = (text: string, speaker: string) => ({ text: `“${text}”`, segments: [{ kind: 'dialogue' as const, text, speaker, confidence: 0.4, reason: 'turn-taking' as const }] });
    const n = (text: string) => ({ text, segments: [{ kind: 'narration' as const, text }] });
    const path = handMadeProject(
      [[
        d('A1', 'Ann'), d('B1', 'Bob'), d('A2', 'Bob'), n(words), d('A3', 'Bob'),
        d('A4', 'Ann'), d('B4', 'Ann'), n('Short.'), n('Also short.'), d('A5', 'Bob'),
        d('A6', 'Ann'), d('B6', 'Ann'), { ...d('A7', 'Bob'), sceneBreakBefore: true },
        d('A8', 'Ann'), d('B8', 'Ann'), d('A9', 'Bob'), d('B9', 'Bob'),
      ]],
      [{ name: 'Ann' }, { name: 'Bob', gender: 'male' }],
    );
    const { editor, first, id } = open(path);
    const ann = id('Ann');
    const bob = id('Bob');
    const fix = (text: string, who: number) => editor.setSpeaker({ segmentId: lineOf(editor.chapter(first.chapterId), text).id, speaker: { characterId: who } });
    // Long narration: A2 changes, A3 after 45 words of narration does not.
    fix('B1', bob);
    let now = editor.propagate(lineOf(first, 'B1').id).chapters[0]!;
    expect(speakers(now, ['A2', 'A3'])).toEqual([ann, bob]);
    // Two narration paragraphs in a row end it too.
    fix('A4', ann);
    now = editor.propagate(lineOf(first, 'A4').id).chapters[0]!;
    expect(speakers(now, ['B4', 'A5'])).toEqual([bob, bob]);
    // A scene break.
    fix('A6', ann);
    now = editor.propagate(lineOf(first, 'A6').id).chapters[0]!;
    expect(speakers(now, ['B6', 'A7'])).toEqual([bob, bob]);
    // A line the author fixed is kept, and nothing after it is touched.
    fix('A9', ann);
    fix('A8', ann);
    now = editor.propagate(lineOf(first, 'A8').id).chapters[0]!;
    expect(speakers(now, ['B8', 'A9', 'B9'])).toEqual([bob, ann, bob]);
  });

  it('keeps the speaker for a paragraph that carries the previous quote on', () => {
    const path = handMadeProject(
      [[
        { text: '“One.”', segments: [{ kind: 'dialogue', text: 'One.', speaker: 'Ann', confidence: 0.9, reason: 'speech-verb-name' }] },
        { text: '“Two.”', segments: [{ kind: 'dialogue', text: 'Two.', speaker: 'Ann', confidence: 0.3, reason: 'turn-taking' }] },
        { text: '“Three', segments: [{ kind: 'dialogue', text: 'Three', speaker: 'Ann', confidence: 0.3, reason: 'turn-taking' }] },
        { text: '“and four.”', segments: [{ kind: 'dialogue', text: 'and four.', speaker: 'Bob', confidence: 0.3, reason: 'continuation' }] },
        { text: '“Five.”', segments: [{ kind: 'dialogue', text: 'Five.', speaker: 'Bob', confidence: 0.3, reason: 'turn-taking' }] },
      ]],
      [{ name: 'Ann' }, { name: 'Bob', gender: 'male' }],
    );
    const { editor, first, id } = open(path);
    const expected = [id('Ann'), id('Bob'), id('Ann'), id('Ann'), id('Bob')];
    const change = editor.propagate(lineOf(first, 'One.').id);
    expect(speakers(change.chapters[0]!, ['One.', 'Two.', 'Three', 'and four.', 'Five.'])).toEqual(expected);
    expect(change.history.undoLabel).toBe('Re-run turn-taking (2 lines)');
    // Again: the carried-on quote is still seen as one under its propagated speaker, so nothing changes.
    const again = editor.propagate(lineOf(first, 'One.').id);
    expect(again.chapters).toEqual([]);
    expect(speakers(editor.chapter(first.chapterId), ['One.', 'Two.', 'Three', 'and four.', 'Five.'])).toEqual(expected);
  });

  it('refuses narration and lines without a speaker', () => {
    const { editor, first } = open();
    expectStudioError(() => editor.propagate(lineOf(first, 'said Jane.').id), 'INVALID_REQUEST', /narration/);
    editor.setKind({ segmentId: lineOf(first, 'They looked at the sky.').id, kind: 'dialogue' });
    expectStudioError(() => editor.propagate(lineOf(first, 'They looked at the sky.').id), 'INVALID_REQUEST', /Choose a speaker/);
    expectStudioError(() => editor.propagate(4242), 'NOT_FOUND', /no line 4242/);
  });
});
