import { afterEach, describe, expect, it } from 'vitest';
import type { ChapterScript } from '../../shared/script-editing';
import type { ProjectSession } from '../project/project-session';
import type { ScriptEditor } from './script-editor';
import { expectStudioError } from './testing/expect-error';
import { lineOf } from './testing/line-of';
import { roundTrip } from './testing/round-trip';
import { openEditor } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';

let session: ProjectSession | undefined;
afterEach(() => session?.close());

function open(): { editor: ScriptEditor; first: ChapterScript } {
  const opened = openEditor(tinyBook());
  session = opened.session;
  return { editor: opened.editor, first: opened.editor.book()[0]! };
}

describe('reading the script', () => {
  it('gives every segment its paragraph, its speaker (the narrator for narration) and the scene break', () => {
    const { editor, first } = open();
    const narrator = editor.cast().find((c) => c.narrator)!;
    expect(first.title).toBe('Chapter 1');
    expect(first.segments.map((s) => s.index)).toEqual(first.segments.map((_, i) => i));
    expect(first.segments.map((s) => s.paragraphIndex)).toEqual([0, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9]);
    expect(first.segments.filter((s) => s.kind === 'narration').every((s) => s.speakerId === narrator.id)).toBe(true);
    expect(first.segments.filter((s) => s.sceneBreakBefore).map((s) => s.text)).toEqual(['Where is everyone?']);
    expect(lineOf(first, 'Gladly.')).toMatchObject({ confidence: 0.4, reason: 'turn-taking', corrected: false, reviewed: false, edited: false });
  });

  it('refuses an unknown chapter', () => {
    const { editor } = open();
    expectStudioError(() => editor.chapter(999), 'NOT_FOUND', /no chapter 999/);
  });
});

describe('editing segments', () => {
  it('edits the text, keeps the original, and marks the line edited', () => {
    const { editor, first } = open();
    const target = lineOf(first, 'Gladly.');
    const change = roundTrip(session!.db, editor, () => editor.editText(target.id, '  With pleasure.  '));
    expect(change.chapters.map((c) => c.chapterId)).toEqual([first.chapterId]);
    expect(lineOf(change.chapters[0]!, 'With pleasure.')).toMatchObject({ id: target.id, edited: true, start: target.start, end: target.end });
    expect(session!.db.prepare('SELECT original_text FROM segments WHERE id = ?').get(target.id)).toEqual({ original_text: 'Gladly.' });
    // Typing the original back is no longer an edit.
    const back = editor.editText(target.id, 'Gladly.');
    expect(lineOf(back.chapters[0]!, 'Gladly.').edited).toBe(false);
  });

  it('refuses an empty text and an unknown line', () => {
    const { editor, first } = open();
    expectStudioError(() => editor.editText(lineOf(first, 'Gladly.').id, '   '), 'INVALID_REQUEST', /cannot be empty/);
    expectStudioError(() => editor.editText(12345, 'x'), 'NOT_FOUND', /no line 12345/);
  });

  it('splits a line at an offset: both halves keep the speaker, the first keeps the id', () => {
    const { editor, first } = open();
    const target = lineOf(first, 'To Meryton, then?');
    const change = roundTrip(session!.db, editor, () => editor.split(target.id, 'To Meryton,'.length));
    const segments = change.chapters[0]!.segments;
    const at = segments.findIndex((s) => s.id === target.id);
    expect(segments.slice(at, at + 2).map((s) => [s.text, s.speakerId, s.paragraphIndex])).toEqual([
      ['To Meryton,', target.speakerId, target.paragraphIndex],
      ['then?', target.speakerId, target.paragraphIndex],
    ]);
    expect(segments[at]!.start).toBe(target.start);
    expect(segments[at + 1]!.end).toBe(target.end);
    expect(segments[at]!.end).toBe(segments[at + 1]!.start);
    expect(segments.map((s) => s.index)).toEqual(segments.map((_, i) => i));
  });

  it('keeps an author’s speaker on both halves of a split line', () => {
    const { editor, first } = open();
    const lizzy = editor.cast().find((c) => c.name === 'Elizabeth')!;
    const target = lineOf(first, 'To Meryton, then?');
    editor.setSpeaker({ segmentId: target.id, speaker: { characterId: lizzy.id } });
    const split = editor.split(target.id, 3).chapters[0]!.segments;
    expect(split.filter((s) => s.text === 'To' || s.text === 'Meryton, then?').map((s) => [s.speakerId, s.corrected])).toEqual([
      [lizzy.id, true],
      [lizzy.id, true],
    ]);
  });

  it('refuses a split offset outside the text or one that leaves only spaces', () => {
    const { editor, first } = open();
    const target = lineOf(first, 'Gladly.');
    expectStudioError(() => editor.split(target.id, 7), 'INVALID_REQUEST', /has 7 characters.*between 1 and 6/);
    expectStudioError(() => editor.split(target.id, 70), 'INVALID_REQUEST', /Cannot split at 70/);
    const spaced = lineOf(first, 'To Meryton, then?');
    editor.editText(spaced.id, 'A  B');
    expect(() => editor.split(spaced.id, 2)).not.toThrow();
  });

  it('merges a line with the next one; the first line’s kind and speaker win', () => {
    const { editor, first } = open();
    const target = lineOf(first, 'Good morning,');
    const change = roundTrip(session!.db, editor, () => editor.mergeNext(target.id));
    const segments = change.chapters[0]!.segments;
    expect(segments).toHaveLength(first.segments.length - 1);
    expect(segments.find((s) => s.id === target.id)).toMatchObject({
      text: 'Good morning, said Jane.', kind: 'dialogue', speakerId: target.speakerId, start: target.start, end: lineOf(first, 'said Jane.').end,
    });
    expect(segments.map((s) => s.index)).toEqual(segments.map((_, i) => i));
  });

  it('refuses to merge the last line of a chapter', () => {
    const { editor, first } = open();
    expectStudioError(() => editor.mergeNext(first.segments.at(-1)!.id), 'INVALID_REQUEST', /last line of its chapter/);
  });

  it('turns narration into dialogue (unknown speaker, into the review queue) and back', () => {
    const { editor, first } = open();
    const narrator = editor.cast().find((c) => c.narrator)!;
    const target = lineOf(first, 'They looked at the sky.');
    const change = roundTrip(session!.db, editor, () => editor.setKind({ segmentId: target.id, kind: 'dialogue' }));
    expect(lineOf(change.chapters[0]!, 'They looked at the sky.')).toMatchObject({ kind: 'dialogue', speakerId: null, confidence: 0, reason: 'unresolved' });
    expect(editor.reviewQueue({ threshold: 0.75, limit: 50 }).some((q) => q.segment.id === target.id)).toBe(true);
    const back = editor.setKind({ segmentId: target.id, kind: 'narration' });
    expect(lineOf(back.chapters[0]!, 'They looked at the sky.')).toMatchObject({ kind: 'narration', speakerId: narrator.id, confidence: 1 });
  });

  it('marks and clears a scene break', () => {
    const { editor, first } = open();
    const target = lineOf(first, 'They looked at the sky.');
    const change = roundTrip(session!.db, editor, () => editor.setSceneBreak(target.id, true));
    expect(lineOf(change.chapters[0]!, 'They looked at the sky.').sceneBreakBefore).toBe(true);
    expect(change.history.undoLabel).toBe('Mark scene break');
    roundTrip(session!.db, editor, () => editor.setSceneBreak(target.id, false));
  });

  it('marks a line reviewed, which takes it out of the review queue', () => {
    const { editor, first } = open();
    const target = lineOf(first, 'Gladly.');
    const queued = () => editor.reviewQueue({ threshold: 0.75, limit: 50 }).map((q) => q.segment.id);
    expect(queued()).toContain(target.id);
    roundTrip(session!.db, editor, () => editor.setReviewed(target.id, true));
    expect(queued()).not.toContain(target.id);
  });

  it('leaves no undo step for an edit that changes nothing', () => {
    const { editor, first } = open();
    const change = editor.editText(lineOf(first, 'Gladly.').id, 'Gladly.');
    expect(change.chapters).toEqual([]);
    expect(change.history.canUndo).toBe(false);
  });
});
