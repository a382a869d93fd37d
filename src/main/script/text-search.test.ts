import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../project/project-session';
import { expectStudioError } from './testing/expect-error';
import { lineOf } from './testing/line-of';
import { roundTrip } from './testing/round-trip';
import { openEditor } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';
import { findAll, searchPattern } from './text-search';

let session: ProjectSession | undefined;
afterEach(() => session?.close());

function open() {
  const opened = openEditor(tinyBook());
  session = opened.session;
  return opened.editor;
}

describe('search patterns', () => {
  it('matches the query literally, with case and whole-word options', () => {
    const all = (query: string, text: string, caseSensitive = false, wholeWord = false) =>
      findAll(text, searchPattern({ query, caseSensitive, wholeWord })).map((m) => text.slice(m.start, m.end));
    expect(all('a.b', 'axb a.b')).toEqual(['a.b']);
    expect(all('(x)', '(x) x')).toEqual(['(x)']);
    expect(all('jane', 'Jane JANE jane')).toEqual(['Jane', 'JANE', 'jane']);
    expect(all('jane', 'Jane JANE jane', true)).toEqual(['jane']);
    expect(all('end', 'end ending Bend end.', false, true)).toEqual(['end', 'end']);
    expect(all('élan', 'Élan élans', false, true)).toEqual(['Élan']);
  });
});

describe('search and replace in the script', () => {
  it('finds every match in the chapters read aloud, in book order, with an excerpt', () => {
    const editor = open();
    const [one, two] = editor.book();
    const matches = editor.search({ query: 'meryton', caseSensitive: false, wholeWord: false });
    expect(matches.map((m) => [m.chapterId, m.segmentId])).toEqual([
      [one!.chapterId, lineOf(one!, 'To Meryton, then?').id],
      [one!.chapterId, lineOf(one!, 'Yes, to Meryton.').id],
      [two!.chapterId, lineOf(two!, 'The walk to Meryton was short.').id],
    ]);
    expect(matches[0]).toMatchObject({ start: 3, end: 10, excerpt: 'To Meryton, then?' });
    expect(editor.search({ query: 'Meryton', caseSensitive: true, wholeWord: true })).toHaveLength(3);
    expect(editor.search({ query: 'MERYTON', caseSensitive: true, wholeWord: false })).toEqual([]);
  });

  it('replaces every match as one undo step', () => {
    const editor = open();
    const change = roundTrip(session!.db, editor, () => editor.replace({ query: 'Meryton', caseSensitive: false, wholeWord: true, replacement: 'Brighton $&' }));
    expect(change.chapters).toHaveLength(2);
    expect(editor.search({ query: 'Brighton $&', caseSensitive: true, wholeWord: false })).toHaveLength(3);
    expect(lineOf(change.chapters[0]!, 'To Brighton $&, then?').edited).toBe(true);
    editor.undo();
    expect(editor.search({ query: 'Brighton', caseSensitive: false, wholeWord: false })).toEqual([]);
    expect(editor.history().canUndo).toBe(false);
  });

  it('replaces only in the lines given', () => {
    const editor = open();
    const first = editor.book()[0]!;
    const only = lineOf(first, 'Yes, to Meryton.').id;
    const change = editor.replace({ query: 'Meryton', caseSensitive: false, wholeWord: false, replacement: 'town', segmentIds: [only] });
    expect(change.chapters.map((c) => c.chapterId)).toEqual([first.chapterId]);
    expect(editor.search({ query: 'Meryton', caseSensitive: false, wholeWord: false })).toHaveLength(2);
    expectStudioError(() => editor.replace({ query: 'x', caseSensitive: false, wholeWord: false, replacement: 'y', segmentIds: [9999] }), 'NOT_FOUND', /no line 9999/);
  });

  it('refuses a replacement that would empty a line, and changes nothing', () => {
    const editor = open();
    expectStudioError(() => editor.replace({ query: 'Gladly.', caseSensitive: true, wholeWord: false, replacement: ' ' }), 'INVALID_REQUEST', /empty; nothing was replaced/);
    expect(editor.search({ query: 'Gladly.', caseSensitive: true, wholeWord: false })).toHaveLength(1);
    expect(editor.history().canUndo).toBe(false);
  });
});
