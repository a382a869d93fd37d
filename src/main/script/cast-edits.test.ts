import { afterEach, describe, expect, it } from 'vitest';
import type { ChapterScript } from '../../shared/script-editing';
import { saveAnalysis } from '../project/analysis-store';
import type { ProjectSession } from '../project/project-session';
import { NARRATOR_COLOUR, SPEAKER_PALETTE } from './colours';
import type { ScriptEditor } from './script-editor';
import { expectStudioError } from './testing/expect-error';
import { lineOf } from './testing/line-of';
import { roundTrip } from './testing/round-trip';
import { openEditor } from './testing/snapshot';
import { tinyBook } from './testing/tiny-book';

let session: ProjectSession | undefined;
afterEach(() => session?.close());

function open(): { editor: ScriptEditor; first: ChapterScript; id: (name: string) => number } {
  const opened = openEditor(tinyBook());
  session = opened.session;
  const id = (name: string): number => {
    const found = opened.editor.cast().find((c) => c.name === name);
    if (!found) throw new Error(`no character ${name}`);
    return found.id;
  };
  return { editor: opened.editor, first: opened.editor.book()[0]!, id };
}

describe('the cast', () => {
  it('lists exactly one narrator first, with the narration’s lines and words, and a distinct colour per character', () => {
    const { editor } = open();
    const cast = editor.cast();
    expect(cast.filter((c) => c.narrator)).toHaveLength(1);
    expect(cast[0]).toMatchObject({ name: 'Narrator', narrator: true, colour: NARRATOR_COLOUR, lines: 7 });
    // “It was a bright morning at Longbourn.” … “said Lydia.”: the narration of both chapters.
    expect(cast[0]!.words).toBe(7 + 2 + 2 + 5 + 2 + 6 + 2);
    expect(cast.map((c) => [c.name, c.lines])).toEqual([
      ['Narrator', 7], ['Jane', 5], ['Elizabeth', 2], ['Lydia', 2], ['Mr. Bennet', 1],
    ]);
    const colours = cast.filter((c) => !c.narrator).map((c) => c.colour);
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours.every((c) => (SPEAKER_PALETTE as readonly string[]).includes(c))).toBe(true);
  });

  it('gives lines and words per character per chapter', () => {
    const { editor, id } = open();
    const [one, two] = editor.book().map((c) => c.chapterId);
    const lydia = editor.stats().find((s) => s.characterId === id('Lydia'))!;
    expect(lydia.chapters).toEqual([
      { chapterId: one, lines: 1, words: 3 },
      { chapterId: two, lines: 1, words: 3 },
    ]);
  });

  it('creates a character', () => {
    const { editor } = open();
    const change = roundTrip(session!.db, editor, () => editor.createCharacter({ name: 'Mary', gender: 'female' }));
    expect(change.cast.find((c) => c.name === 'Mary')).toMatchObject({ origin: 'user', lines: 0, gender: 'female' });
    expect(change.chapters).toEqual([]);
    expectStudioError(() => editor.createCharacter({ name: 'MARY', gender: 'female' }), 'INVALID_REQUEST', /already a character called Mary/);
  });

  it('renames, sets aliases, gender and colour; a re-analysis keeps what the author set', () => {
    const { editor, first, id } = open();
    const jane = id('Jane');
    const change = roundTrip(session!.db, editor, () =>
      editor.updateCharacter({ characterId: jane, name: 'Jane Bennet', aliases: ['Jane', 'Miss Bennet', 'jane bennet', 'Miss Bennet'], gender: 'female', colour: '#ABCDEF' }),
    );
    expect(change.cast.find((c) => c.id === jane)).toMatchObject({ name: 'Jane Bennet', aliases: ['Jane', 'Miss Bennet'], colour: '#abcdef' });
    expectStudioError(() => editor.updateCharacter({ characterId: jane, name: 'Lydia' }), 'INVALID_REQUEST', /already a character called Lydia/);
    expectStudioError(() => editor.updateCharacter({ characterId: 999, gender: 'male' }), 'NOT_FOUND', /no character 999/);

    saveAnalysis(session!.db, [first.chapterId], {
      chapters: [{ segments: [{ kind: 'dialogue', text: 'x', start: 0, end: 1, speakerId: 'j', confidence: 0.9, reason: 'speech-verb-name' }] }],
      characters: [{ id: 'j', name: 'Jane', aliases: ['Janey'], gender: 'male', lines: 1 }],
    });
    expect(editor.cast().find((c) => c.id === jane)).toMatchObject({ name: 'Jane Bennet', aliases: ['Jane', 'Miss Bennet'], gender: 'female' });
  });

  it('merges one character into another: lines, aliases, and the fixes that named it', () => {
    const { editor, first, id } = open();
    const bennet = id('Mr. Bennet');
    const lydia = id('Lydia');
    editor.setSpeaker({ segmentId: lineOf(first, 'Gladly.').id, speaker: { characterId: bennet } });
    const change = roundTrip(session!.db, editor, () => editor.mergeCharacters(bennet, lydia));
    expect(change.cast.some((c) => c.id === bennet)).toBe(false);
    expect(change.cast.find((c) => c.id === lydia)).toMatchObject({ lines: 4, aliases: ['Mr. Bennet'] });
    const now = change.chapters.find((c) => c.chapterId === first.chapterId)!;
    expect(lineOf(now, 'Where is everyone?').speakerId).toBe(lydia);
    expect(lineOf(now, 'Gladly.')).toMatchObject({ speakerId: lydia, corrected: true });
    expect(change.history.undoLabel).toBe('Merge Mr. Bennet into Lydia');
  });

  it('remembers a merge when the analysis finds the merged character again', () => {
    const { editor, first, id } = open();
    const lydia = id('Lydia');
    editor.mergeCharacters(id('Mr. Bennet'), lydia);
    saveAnalysis(session!.db, [first.chapterId], {
      chapters: [{ segments: [{ kind: 'dialogue', text: 'Where is everyone?', start: 0, end: 5, speakerId: 'b', confidence: 0.9, reason: 'speech-verb-name' }] }],
      characters: [{ id: 'b', name: 'Mr. Bennet', aliases: [], gender: 'male', lines: 1 }],
    });
    expect(editor.cast().some((c) => c.name === 'Mr. Bennet')).toBe(false);
    expect(editor.chapter(first.chapterId).segments[0]!.speakerId).toBe(lydia);
  });

  it('merging the narrator into a character makes that character the narrator', () => {
    const { editor, first, id } = open();
    const narrator = editor.cast().find((c) => c.narrator)!;
    const lizzy = id('Elizabeth');
    const change = roundTrip(session!.db, editor, () => editor.mergeCharacters(narrator.id, lizzy));
    expect(change.cast.filter((c) => c.narrator).map((c) => c.id)).toEqual([lizzy]);
    expect(lineOf(editor.chapter(first.chapterId), 'said Jane.').speakerId).toBe(lizzy);
  });

  it('refuses to merge a character into itself or into a character that does not exist', () => {
    const { editor, id } = open();
    expectStudioError(() => editor.mergeCharacters(id('Jane'), id('Jane')), 'INVALID_REQUEST', /cannot be merged into itself/);
    expectStudioError(() => editor.mergeCharacters(id('Jane'), 999), 'NOT_FOUND', /no character 999/);
  });

  it('splits lines and aliases off a character into a new one', () => {
    const { editor, first, id } = open();
    const jane = id('Jane');
    editor.updateCharacter({ characterId: jane, aliases: ['Miss Bennet', 'Kitty'] });
    const kittyLines = ['Shall we walk?', 'Yes, to Meryton.'].map((t) => lineOf(first, t).id);
    const change = roundTrip(session!.db, editor, () => editor.splitCharacter({ characterId: jane, name: 'Kitty Bennet', segmentIds: kittyLines, aliases: ['kitty'] }));
    const kitty = change.cast.find((c) => c.name === 'Kitty Bennet')!;
    expect(kitty).toMatchObject({ lines: 2, aliases: ['Kitty'], origin: 'user' });
    expect(change.cast.find((c) => c.id === jane)).toMatchObject({ lines: 3, aliases: ['Miss Bennet'] });
    expect(lineOf(change.chapters[0]!, 'Shall we walk?')).toMatchObject({ speakerId: kitty.id, corrected: true });
  });

  it('refuses to split off a line the character does not speak, or an alias it does not have', () => {
    const { editor, first, id } = open();
    const jane = id('Jane');
    expectStudioError(
      () => editor.splitCharacter({ characterId: jane, name: 'Kitty', segmentIds: [lineOf(first, 'It is,').id], aliases: [] }),
      'INVALID_REQUEST',
      /not spoken by Jane/,
    );
    expectStudioError(() => editor.splitCharacter({ characterId: jane, name: 'Kitty', segmentIds: [], aliases: ['Lizzy'] }), 'INVALID_REQUEST', /“Lizzy” is not one of Jane’s names/);
    expectStudioError(() => editor.splitCharacter({ characterId: jane, name: 'Kitty', segmentIds: [777], aliases: [] }), 'NOT_FOUND', /no line 777/);
    expect(editor.cast().some((c) => c.name === 'Kitty')).toBe(false);
  });
});
