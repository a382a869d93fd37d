import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import type { ReviewItem, ScriptSegment } from '../../../../shared/script-editing';
import { connectScriptChanges } from '../../app/connect-script-changes';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { change, chapter, segment } from '../../testing/script-fixtures';
import { useScriptStore } from '../script/script-store';
import { patchQueue } from './patch-queue';
import { reasonInWords } from './reason-in-words';
import { useReviewStore } from './review-store';

const item = (fields: Partial<ScriptSegment> & { id: number; chapterId: number }): ReviewItem => ({
  segment: segment({ confidence: 0.5, ...fields }),
  chapterTitle: `Chapter ${fields.chapterId}`,
  before: 'before ',
  after: ' after',
});

const queue = [item({ id: 1, chapterId: 1, confidence: 0.2 }), item({ id: 2, chapterId: 1, confidence: 0.4 }), item({ id: 3, chapterId: 2, confidence: 0.6 })];

describe('the review queue after an edit', () => {
  it('drops the lines an edit settled and keeps the rest, least certain first', () => {
    const edited = chapter(1, [
      { id: 1, corrected: true, confidence: 1 },
      { id: 2, confidence: 0.7 },
    ]);
    const patched = patchQueue(queue, change([edited]), 0.75);
    expect(patched.map((i) => i.segment.id)).toEqual([3, 2]);
    expect(patched[1]?.segment.confidence).toBe(0.7);
  });

  it('drops lines merged away or turned into narration, and leaves the queue alone for other chapters', () => {
    expect(patchQueue(queue, change([chapter(1, [{ id: 2, kind: 'narration' }])]), 0.75).map((i) => i.segment.id)).toEqual([3]);
    expect(patchQueue(queue, change([chapter(7, [])]), 0.75)).toBe(queue);
    expect(patchQueue(queue, change([]), 0.75)).toBe(queue);
  });

  it('says why the analysis chose a speaker in words', () => {
    expect(reasonInWords('turn-taking')).toMatch(/alternate/);
    expect(reasonInWords('llm')).toMatch(/language model/);
    expect(reasonInWords(null)).toBe('No reason recorded');
  });
});

describe('the review store', () => {
  let fake: FakeStudio;
  let stop: () => void = () => undefined;
  const install = (handlers: FakeHandlers): void => {
    fake = createFakeStudio({ 'script.reviewQueue': () => queue, ...handlers });
    vi.stubGlobal('window', { studio: fake });
    stop = connectScriptChanges();
  };
  const review = () => useReviewStore.getState();

  beforeEach(() => {
    useReviewStore.getState().reset();
    useScriptStore.getState().reset();
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('asks for the queue below the threshold', async () => {
    install({});
    await review().load();
    expect(fake.calls[0]).toEqual({ name: 'script.reviewQueue', input: { threshold: 0.75, limit: 500 } });
    expect(review().items).toHaveLength(3);
  });

  it('removes a line marked reviewed at once and moves on to the next', async () => {
    install({ 'script.setReviewed': () => change([chapter(1, [{ id: 1, reviewed: true }, { id: 2, confidence: 0.4 }])]) });
    await review().load();
    await review().markReviewed(1);
    expect(fake.calls.at(-1)).toEqual({ name: 'script.setReviewed', input: { segmentId: 1, reviewed: true } });
    expect(review().items.map((i) => i.segment.id)).toEqual([2, 3]);
    expect(review().activeId).toBe(2);
  });

  it('brings a line back when marking it fails', async () => {
    install({
      'script.setReviewed': () => {
        throw new StudioError('NOT_FOUND', 'There is no line 1 in this project.');
      },
    });
    await review().load();
    await review().markReviewed(1);
    expect(review().items).toHaveLength(3);
    expect(review().error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows the chosen line in the script', async () => {
    install({ 'script.book': () => [chapter(1, [{ id: 1 }])], 'script.chapter': () => chapter(2, [{ id: 3, confidence: 0.6 }]) });
    await useScriptStore.getState().open([1, 2], null);
    await review().load();
    review().jumpTo(queue[2]!);
    await vi.waitFor(() => expect(useScriptStore.getState().selectedId).toBe(3));
    expect(review().activeId).toBe(3);
  });
});
