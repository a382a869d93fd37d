import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { ChapterScript, ScriptChange } from '../../../../shared/script-editing';
import { connectScriptChanges } from '../../app/connect-script-changes';
import { scriptChanges } from '../../lib/script-changes';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { deferred } from '../../testing/deferred';
import { CAST, change, chapter, member } from '../../testing/script-fixtures';
import { useCastStore } from '../cast/cast-store';
import { useHistoryStore } from '../history/history-store';
import { segmentIn } from './script-layout';
import { useScriptStore } from './script-store';

const ch10 = chapter(10, [{ id: 100, kind: 'narration', speakerId: 1, paragraphIndex: 0 }], 'Preface');
const ch11 = chapter(11, [
  { id: 110, kind: 'narration', speakerId: 1, paragraphIndex: 0 },
  { id: 111, speakerId: 2, confidence: 0.5, paragraphIndex: 1 },
  { id: 112, kind: 'narration', speakerId: 1, paragraphIndex: 1 },
  { id: 113, speakerId: 3, confidence: 0.6, paragraphIndex: 2 },
  { id: 114, speakerId: 2, confidence: 0.95, paragraphIndex: 3 },
]);
const ch12 = chapter(12, [
  { id: 120, speakerId: 4, paragraphIndex: 0 },
  { id: 121, kind: 'narration', speakerId: 1, paragraphIndex: 1 },
]);
const ch13 = chapter(13, [{ id: 130, kind: 'narration', speakerId: 1 }], 'Appendix');

/** A chapter with one segment's fields changed, as the engine would return it. */
function edited(source: ChapterScript, id: number, fields: Partial<ChapterScript['segments'][number]>): ChapterScript {
  return { ...source, segments: source.segments.map((s) => (s.id === id ? { ...s, ...fields } : s)) };
}


let fake: FakeStudio;
let stops: Array<() => void> = [];

function install(handlers: FakeHandlers): FakeStudio {
  fake = createFakeStudio({ 'script.chapter': ({ chapterId }) => [ch10, ch11, ch12, ch13].find((c) => c.chapterId === chapterId)!, ...handlers });
  vi.stubGlobal('window', { studio: fake });
  stops.push(connectScriptChanges(), fake.on('script.changed', ({ chapterIds }) => scriptChanges.receiveEvent(chapterIds)));
  return fake;
}

const store = () => useScriptStore.getState();
const speakerOf = (id: number) => segmentIn(store().layout, id)?.speakerId;
const requests = (name: string) => fake.calls.filter((c) => c.name === name);

async function openBook(handlers: FakeHandlers = {}): Promise<void> {
  install({ 'script.book': () => [ch11, ch12], ...handlers });
  useCastStore.getState().receiveCast(CAST);
  await store().open([10, 11, 12, 13], 11);
}

beforeEach(() => {
  useScriptStore.getState().reset();
  useCastStore.getState().reset();
  useHistoryStore.getState().reset();
});

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.unstubAllGlobals();
});

describe('opening the script', () => {
  it('shows the first chapter before the rest of the book arrives, then lays out the book in order', async () => {
    const book = deferred<ChapterScript[]>();
    install({ 'script.book': () => book.promise });
    const opening = store().open([10, 11, 12, 13], 11);
    await vi.waitFor(() => expect(store().layout.order).toEqual([110, 111, 112, 113, 114]));
    expect(store()).toMatchObject({ status: 'loading', selectedId: 110, currentChapterId: 11 });

    book.resolve([ch10, ch11, ch12]);
    await opening;
    expect(store().status).toBe('ready');
    expect(store().layout.order).toEqual([100, 110, 111, 112, 113, 114, 120, 121]);
    // The preface was put above the chapter on screen: the view is asked to go back to it.
    expect(store().scroll?.to).toEqual({ chapterId: 11 });
  });

  it('shows why the book could not be read', async () => {
    install({
      'script.book': () => {
        throw new StudioError('PROJECT_ERROR', 'The project file cannot be read.');
      },
    });
    await store().open([11], 11);
    expect(store()).toMatchObject({ status: 'ready', error: { code: 'PROJECT_ERROR' } });
    expect(store().layout.order).toHaveLength(5);
  });

  it('loads a chapter not read aloud when the sidebar asks for it, and scrolls to it', async () => {
    await openBook();
    await store().showChapter(13);
    expect(requests('script.chapter').map((c) => c.input)).toContainEqual({ chapterId: 13 });
    expect(store().layout.order.at(-1)).toBe(130);
    expect(store()).toMatchObject({ currentChapterId: 13, selectedId: 130, scroll: { to: { chapterId: 13 } } });
  });
});

describe('fixing a speaker', () => {
  it('shows the new speaker at once, keeps the engine’s answer, remembers the speaker and offers to propagate', async () => {
    const reply = deferred<ScriptChange>();
    await openBook({ 'script.setSpeaker': () => reply.promise });
    store().select(111);
    store().openSpeakerMenu();
    expect(store().speakerMenuFor).toBe(111);

    const fixing = store().setSpeaker(111, { characterId: 3 });
    expect(speakerOf(111)).toBe(3);
    expect(segmentIn(store().layout, 111)).toMatchObject({ corrected: true, confidence: 1 });
    expect(store()).toMatchObject({ speakerMenuFor: null, recentSpeakers: [3], pending: 1 });

    const answer = edited(ch11, 111, { speakerId: 3, corrected: true, confidence: 1, text: 'As the engine has it' });
    reply.resolve(change([answer], { propagation: { segmentId: 111, changes: 2 }, cast: [...CAST, member(9, 'Kitty')] }));
    await fixing;
    expect(segmentIn(store().layout, 111)?.text).toBe('As the engine has it');
    expect(store()).toMatchObject({ propagation: { segmentId: 111, changes: 2 }, pending: 0 });
    expect(useCastStore.getState().byId.get(9)?.name).toBe('Kitty');
    expect(useHistoryStore.getState().state.undoLabel).toBe('Set speaker');
    expect(requests('script.setSpeaker')[0]?.input).toEqual({ segmentId: 111, speaker: { characterId: 3 } });
  });

  it('puts the old speaker back when the engine refuses', async () => {
    await openBook({
      'script.setSpeaker': () => {
        throw new StudioError('NOT_FOUND', 'There is no line 111 in this project.');
      },
    });
    await store().setSpeaker(111, { characterId: 3 });
    expect(speakerOf(111)).toBe(2);
    expect(store().error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a line to a new character by name, and offers nothing when the conversation is unchanged', async () => {
    await openBook({ 'script.setSpeaker': () => change([edited(ch11, 113, { speakerId: 9, corrected: true })], { propagation: { segmentId: 113, changes: 0 } }) });
    await store().setSpeaker(113, { newCharacter: 'Kitty', gender: 'female' });
    expect(requests('script.setSpeaker')[0]?.input).toEqual({ segmentId: 113, speaker: { newCharacter: 'Kitty', gender: 'female' } });
    expect(speakerOf(113)).toBe(9);
    expect(store().recentSpeakers).toEqual([9]);
    expect(store().propagation).toBeNull();
  });

  it('propagates through the rest of the conversation when asked', async () => {
    await openBook({
      'script.setSpeaker': () => change([edited(ch11, 111, { speakerId: 3 })], { propagation: { segmentId: 111, changes: 1 } }),
      'script.propagate': () => change([edited(edited(ch11, 111, { speakerId: 3 }), 113, { speakerId: 2, confidence: 0.8, reason: 'turn-taking' })]),
    });
    await store().setSpeaker(111, { characterId: 3 });
    await store().propagate();
    expect(requests('script.propagate')[0]?.input).toEqual({ segmentId: 111 });
    expect(speakerOf(113)).toBe(2);
    expect(store().propagation).toBeNull();
    expect(store().notice).toMatch(/1 later line/);
  });

  it('opens the speaker menu only on dialogue', async () => {
    await openBook();
    store().select(110);
    store().openSpeakerMenu();
    expect(store().speakerMenuFor).toBeNull();
    expect(store().notice).toMatch(/narrator/);
  });
});

describe('moving and filtering', () => {
  it('moves line by line and jumps to the doubtful lines, saying when there are no more', async () => {
    await openBook();
    store().move(1);
    expect(store().selectedId).toBe(111);
    store().nextLowConfidence(1);
    expect(store().selectedId).toBe(113);
    expect(store().scroll).toMatchObject({ to: { segmentId: 113 }, align: 'center' });
    store().nextLowConfidence(1);
    expect(store().selectedId).toBe(113);
    expect(store().notice).toBe('No more lines to review below.');
    store().moveToEdge('last');
    expect(store()).toMatchObject({ selectedId: 121, currentChapterId: 12 });
  });

  it('filters to one character’s paragraphs, keeping the selection when it is still shown', async () => {
    await openBook();
    store().select(112);
    store().setSpeakerFilter(3);
    expect(store().layout.order).toEqual([113]);
    expect(store().selectedId).toBe(113);
    store().setSpeakerFilter(2);
    expect(store().layout.order).toEqual([111, 112, 114]);
    store().select(112);
    store().setSpeakerFilter(null);
    expect(store().selectedId).toBe(112);
  });

  it('reveals a line hidden by the filter', async () => {
    await openBook();
    store().setSpeakerFilter(3);
    await store().reveal(120, 12);
    expect(store()).toMatchObject({ speakerFilter: null, selectedId: 120 });
  });
});

describe('editing the script', () => {
  it('sends each edit for the selected line and leaves the editor when it is saved', async () => {
    await openBook({
      'script.editText': ({ segmentId, text }) => change([edited(ch11, segmentId, { text, edited: true })]),
      'script.setKind': ({ segmentId, kind }) => change([edited(ch11, segmentId, { kind })]),
      'script.setSceneBreak': ({ segmentId, sceneBreak }) => change([edited(ch11, segmentId, { sceneBreakBefore: sceneBreak })]),
      'script.setReviewed': ({ segmentId, reviewed }) => change([edited(ch11, segmentId, { reviewed })]),
      'script.split': () => change([ch11]),
    });
    store().select(113);
    store().startEditing();
    expect(store().editingId).toBe(113);
    await store().editText(113, 'Changed words');
    expect(store().editingId).toBeNull();
    expect(segmentIn(store().layout, 113)).toMatchObject({ text: 'Changed words', edited: true });

    await store().toggleKind();
    await store().toggleSceneBreak();
    await store().toggleReviewed();
    await store().split(113, 4);
    expect(fake.calls.slice(-4).map((c) => [c.name, c.input])).toEqual([
      ['script.setKind', { segmentId: 113, kind: 'narration' }],
      ['script.setSceneBreak', { segmentId: 113, sceneBreak: true }],
      ['script.setReviewed', { segmentId: 113, reviewed: true }],
      ['script.split', { segmentId: 113, offset: 4 }],
    ]);
  });

  it('sends nothing for text that did not change', async () => {
    await openBook();
    store().startEditing(111);
    await store().editText(111, ch11.segments[1]!.text);
    expect(requests('script.editText')).toHaveLength(0);
    expect(store().editingId).toBeNull();
  });

  it('moves the selection to the line in its place when a merge removes the selected line', async () => {
    const merged = { ...ch11, segments: ch11.segments.filter((s) => s.id !== 112) };
    await openBook({ 'script.mergeNext': () => change([merged]) });
    store().select(112);
    await store().mergeNext(111);
    expect(requests('script.mergeNext')[0]?.input).toEqual({ segmentId: 111 });
    expect(store().selectedId).toBe(113);
  });
});

describe('changes made elsewhere', () => {
  it('re-reads the chapters another window changed, and ignores the echo of its own edits', async () => {
    await openBook({ 'script.setSpeaker': () => change([edited(ch11, 111, { speakerId: 4 })]), 'cast.list': () => CAST, 'history.state': () => ({ canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null }) });
    await store().setSpeaker(111, { characterId: 4 });
    const before = requests('script.chapter').length;
    fake.emit('script.changed', { chapterIds: [11] });
    await Promise.resolve();
    expect(requests('script.chapter')).toHaveLength(before);

    fake.emit('script.changed', { chapterIds: [12, 99] });
    await vi.waitFor(() => expect(requests('script.chapter')).toHaveLength(before + 1));
    expect(requests('script.chapter').at(-1)?.input).toEqual({ chapterId: 12 });
    expect(requests('cast.list')).toHaveLength(1);
  });

  it('does not let a read that started before an edit put the older text back', async () => {
    const slowRead = deferred<ChapterScript>();
    await openBook({ 'script.setSpeaker': () => change([edited(ch11, 111, { speakerId: 5 })]), 'cast.list': () => CAST, 'history.state': () => useHistoryStore.getState().state });
    install({ 'script.chapter': () => slowRead.promise, 'script.setSpeaker': () => change([edited(ch11, 111, { speakerId: 5 })]) });
    const refreshing = store().refreshChapters([11]);
    await store().setSpeaker(111, { characterId: 5 });
    slowRead.resolve(ch11);
    await refreshing;
    expect(speakerOf(111)).toBe(5);
  });
});

describe('cast changes', () => {
  it('forgets recent speakers merged away and drops a filter on them', async () => {
    await openBook({ 'script.setSpeaker': ({ speaker }) => change([edited(ch11, 111, { speakerId: 'characterId' in speaker ? speaker.characterId : 9 })]) });
    await store().setSpeaker(111, { characterId: 4 });
    await store().setSpeaker(111, { characterId: 3 });
    store().setSpeakerFilter(3);
    store().castChanged(new Set([1, 2, 3, 5]));
    expect(store()).toMatchObject({ recentSpeakers: [3], speakerFilter: 3 });
    store().castChanged(new Set([1, 2, 5]));
    expect(store()).toMatchObject({ recentSpeakers: [], speakerFilter: null });
  });
});

describe('chapters joining the audiobook', () => {
  it('loads a chapter just included without moving the view', async () => {
    await openBook();
    const scroll = store().scroll;
    await store().loadChapters([13, 11]);
    expect(requests('script.chapter').filter((c) => (c.input as { chapterId: number }).chapterId === 13)).toHaveLength(1);
    expect(store().layout.order.at(-1)).toBe(130);
    expect(store().scroll).toBe(scroll);
  });
});
