import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../project/project-session';
import { lineOf } from './testing/line-of';
import { openEditor } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';

let session: ProjectSession | undefined;
afterEach(() => session?.close());

function open() {
  const opened = openEditor(tinyBook());
  session = opened.session;
  return { editor: opened.editor, first: opened.editor.book()[0]! };
}

describe('the review queue', () => {
  it('lists unreviewed dialogue below the threshold, lowest confidence first, with the reason', () => {
    const { editor } = open();
    const queue = editor.reviewQueue({ threshold: 0.75, limit: 100 });
    expect(queue.map((q) => [q.segment.text, q.segment.confidence, q.segment.reason, q.chapterTitle])).toEqual([
      ['Where is everyone?', 0.2, 'unresolved', 'Chapter 1'],
      ['Yes, to Meryton.', 0.3, 'turn-taking', 'Chapter 1'],
      ['Gladly.', 0.4, 'turn-taking', 'Chapter 1'],
      ['To Meryton, then?', 0.45, 'turn-taking', 'Chapter 1'],
      ['Shall we walk?', 0.55, 'turn-taking', 'Chapter 1'],
    ]);
    expect(editor.reviewQueue({ threshold: 0.42, limit: 100 })).toHaveLength(3);
    expect(editor.reviewQueue({ threshold: 0.75, limit: 2 }).map((q) => q.segment.text)).toEqual(['Where is everyone?', 'Yes, to Meryton.']);
  });

  it('shows the text around a line as the reader meets it, quotation marks and tags included', () => {
    const { editor } = open();
    const gladly = editor.reviewQueue({ threshold: 0.75, limit: 100 }).find((q) => q.segment.text === 'Gladly.')!;
    expect(gladly.before).toBe('“Shall we walk?”\n“');
    expect(gladly.after).toBe('”\n“To Meryton, then?”');
  });

  it('drops lines the author fixed or reviewed, and lines a propagation settled', () => {
    const { editor, first } = open();
    const lizzy = editor.cast().find((c) => c.name === 'Elizabeth')!.id;
    editor.setSpeaker({ segmentId: lineOf(first, 'Gladly.').id, speaker: { characterId: lizzy } });
    editor.setReviewed(lineOf(first, 'Where is everyone?').id, true);
    expect(editor.reviewQueue({ threshold: 0.75, limit: 100 }).map((q) => q.segment.text)).toEqual(['Yes, to Meryton.', 'To Meryton, then?', 'Shall we walk?']);
    editor.propagate(lineOf(first, 'Gladly.').id);
    expect(editor.reviewQueue({ threshold: 0.75, limit: 100 }).map((q) => q.segment.text)).toEqual(['Shall we walk?']);
    // Propagated lines come back when the author asks for everything below 0.9.
    expect(editor.reviewQueue({ threshold: 0.9, limit: 100 }).map((q) => q.segment.text)).toContain('Yes, to Meryton.');
  });

  it('leaves out chapters that are not read aloud', () => {
    const { editor, first } = open();
    session!.setChapterIncluded(first.chapterId, false);
    expect(editor.reviewQueue({ threshold: 0.75, limit: 100 })).toEqual([]);
  });
});
