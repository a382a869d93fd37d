import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChapterScript } from '../../shared/script-editing';
import type { ProjectSession } from '../project/project-session';
import { corpusPath, corpusSkipReason, hasCorpus } from '../testing/corpus';
import type { ScriptEditor } from './script-editor';
import { corpusProject } from './testing/projects';
import { openEditor, snapshot } from './testing/snapshot';

const BOOK = 'epub/pride-and-prejudice.epub';
const skip = hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`;

let session: ProjectSession | undefined;
afterEach(() => session?.close());

async function open(): Promise<{ editor: ScriptEditor; id: (name: string) => number }> {
  const opened = openEditor(await corpusProject(BOOK));
  session = opened.session;
  const cast = opened.editor.cast();
  return { editor: opened.editor, id: (name) => cast.find((c) => c.name === name)!.id };
}

const startingWith = (chapter: ChapterScript, prefix: string) => {
  const found = chapter.segments.find((s) => s.text.startsWith(prefix));
  if (!found) throw new Error(`no line starting “${prefix}”`);
  return found;
};

/** Chapter 1, from “Design! nonsense” to Mr. Bennet's tagged reply, as Austen wrote it. */
const CONVERSATION: Array<[string, 'Mrs. Bennet' | 'Mr. Bennet']> = [
  ['Design! nonsense', 'Mrs. Bennet'],
  ['I see no occasion for that', 'Mr. Bennet'],
  ['My dear, you flatter me', 'Mrs. Bennet'],
  ['In such cases, a woman', 'Mr. Bennet'],
  ['But, my dear, you must indeed go', 'Mrs. Bennet'],
  ['It is more than I engage for', 'Mr. Bennet'],
  ['But consider your daughters', 'Mrs. Bennet'],
  ['You are over scrupulous surely', 'Mr. Bennet'],
  ['I desire you will do no such thing', 'Mrs. Bennet'],
  ['They have none of them much to recommend them', 'Mr. Bennet'],
];

describe.skipIf(!hasCorpus)(`script editing on Pride and Prejudice${skip}`, () => {
  it('places every line in its paragraph and gives every line of the book one reader', async () => {
    const { editor } = await open();
    const book = editor.book();
    expect(book).toHaveLength(61);
    for (const chapter of book) {
      const paragraphs = session!.chapter(chapter.chapterId).paragraphs;
      for (const s of chapter.segments) {
        const paragraph = paragraphs[s.paragraphIndex]!;
        expect(paragraph.text.includes(s.text), `${s.text} in ${paragraph.text}`).toBe(true);
        expect(s.source).toBe(paragraph.source);
      }
    }
    const cast = editor.cast();
    expect(cast.filter((c) => c.narrator)).toHaveLength(1);
    const spoken = book.flatMap((c) => c.segments).filter((s) => s.speakerId !== null).length;
    expect(cast.reduce((n, c) => n + c.lines, 0)).toBe(spoken);
    const stats = new Map(editor.stats().map((s) => [s.characterId, s.chapters.reduce((n, c) => n + c.words, 0)]));
    for (const c of cast) expect(stats.get(c.id)).toBe(c.words);
  });

  it('one fix repairs a conversation the analysis lost a turn in', async () => {
    const { editor, id } = await open();
    const chapter = editor.book()[0]!;
    const lines = CONVERSATION.map(([prefix, who]) => ({ segment: startingWith(chapter, prefix), gold: id(who) }));
    expect(lines.map((l) => l.segment.speakerId)).toEqual(lines.map((l) => l.gold));
    // Make the analysis lose a turn: every untagged line of the exchange goes to the other speaker.
    const swap = session!.db.prepare('UPDATE segments SET speaker_id = ? WHERE id = ?');
    const other = (who: number) => (who === id('Mr. Bennet') ? id('Mrs. Bennet') : id('Mr. Bennet'));
    for (const l of lines.slice(0, -1)) swap.run(other(l.gold), l.segment.id);
    const wrong = snapshot(session!.db);

    const fix = editor.setSpeaker({ segmentId: lines[0]!.segment.id, speaker: { characterId: id('Mrs. Bennet') } });
    expect(fix.propagation).toEqual({ segmentId: lines[0]!.segment.id, changes: CONVERSATION.length - 2 });
    const after = editor.propagate(lines[0]!.segment.id).chapters[0]!;
    expect(lines.map((l) => after.segments.find((s) => s.id === l.segment.id)!.speakerId)).toEqual(lines.map((l) => l.gold));
    // The tagged reply and the narration after the exchange are untouched.
    expect(startingWith(after, 'they are all silly and ignorant').speakerId).toBe(id('Mr. Bennet'));
    expect(startingWith(after, 'Mr. Bennet, how can you abuse').speakerId).toBe(startingWith(chapter, 'Mr. Bennet, how can you abuse').speakerId);

    editor.undo();
    editor.undo();
    expect(snapshot(session!.db)).toEqual(wrong);
  });

  it('merges two characters and splits them apart again', async () => {
    const { editor, id } = await open();
    const jane = editor.cast().find((c) => c.name === 'Jane')!;
    const lizzy = editor.cast().find((c) => c.name === 'Elizabeth')!;
    const janeLines = editor.book().flatMap((c) => c.segments).filter((s) => s.speakerId === jane.id).map((s) => s.id);
    expect(janeLines.length).toBe(jane.lines);

    const merged = editor.mergeCharacters(jane.id, lizzy.id);
    expect(merged.cast.find((c) => c.id === lizzy.id)).toMatchObject({ lines: lizzy.lines + jane.lines, words: lizzy.words + jane.words });
    expect(merged.cast.find((c) => c.id === lizzy.id)!.aliases).toContain('Jane');
    expect(merged.chapters.length).toBeGreaterThan(10);

    const split = editor.splitCharacter({ characterId: id('Elizabeth'), name: 'Jane Bennet', segmentIds: janeLines, aliases: ['Jane'] });
    const back = split.cast.find((c) => c.name === 'Jane Bennet')!;
    expect(back).toMatchObject({ lines: jane.lines, words: jane.words, aliases: ['Jane'] });
    expect(split.cast.find((c) => c.id === lizzy.id)).toMatchObject({ lines: lizzy.lines, words: lizzy.words });
  });

  it('replaces across the book in one undo step', async () => {
    const { editor } = await open();
    const before = editor.search({ query: 'Netherfield', caseSensitive: true, wholeWord: true });
    expect(before.length).toBeGreaterThan(50);
    const change = editor.replace({ query: 'Netherfield', caseSensitive: true, wholeWord: true, replacement: 'Pemberley Lodge' });
    expect(new Set(change.chapters.map((c) => c.chapterId))).toEqual(new Set(before.map((m) => m.chapterId)));
    expect(editor.search({ query: 'Netherfield', caseSensitive: true, wholeWord: true })).toEqual([]);
    editor.undo();
    expect(editor.search({ query: 'Netherfield', caseSensitive: true, wholeWord: true })).toEqual(before);
  });

  it('hands back the manuscript byte for byte for the source view', async () => {
    const { editor } = await open();
    const source = editor.source();
    expect(source).toMatchObject({ name: 'pride-and-prejudice.epub', format: 'epub' });
    expect(Buffer.from(source.bytes).equals(readFileSync(corpusPath(BOOK)))).toBe(true);
  });
});
