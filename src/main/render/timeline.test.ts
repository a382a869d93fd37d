import { describe, expect, it } from 'vitest';
import type { PauseSettings } from '../../shared/render';
import { ChapterTimeline, pauseBetween, type PauseContext } from './timeline';

const pauses: PauseSettings = { sentenceMs: 300, paragraphMs: 700, speakerChangeMs: 500, sceneBreakMs: 1800, beforeTitleMs: 900, afterTitleMs: 1200, headMs: 600, tailMs: 1500 };
const seg = (over: Partial<PauseContext> = {}): PauseContext => ({ kind: 'narration', speakerId: null, paragraphStart: false, sceneBreakBefore: false, ...over });

describe('pauseBetween', () => {
  it('follows the text: sentence, paragraph, speaker, scene break, titles', () => {
    expect(pauseBetween(seg(), seg(), pauses)).toBe(300);
    expect(pauseBetween(seg(), seg({ paragraphStart: true }), pauses)).toBe(700);
    expect(pauseBetween(seg(), seg({ kind: 'dialogue', speakerId: 'bob' }), pauses)).toBe(500);
    expect(pauseBetween(seg({ kind: 'dialogue', speakerId: 'bob' }), seg({ kind: 'dialogue', speakerId: 'bob' }), pauses)).toBe(300);
    expect(pauseBetween(seg(), seg({ paragraphStart: true, sceneBreakBefore: true }), pauses)).toBe(1800);
    expect(pauseBetween(seg({ kind: 'title' }), seg({ paragraphStart: true }), pauses)).toBe(1200);
    expect(pauseBetween(seg(), seg({ kind: 'title' }), pauses)).toBe(900);
  });

  it('takes the longer pause when two apply', () => {
    expect(pauseBetween(seg(), seg({ paragraphStart: true, kind: 'dialogue', speakerId: 'ann' }), { ...pauses, speakerChangeMs: 1000 })).toBe(1000);
  });
});

describe('ChapterTimeline', () => {
  const rate = 1000;

  it('puts room tone at the head, the pauses between, and room tone at the tail', () => {
    const t = new ChapterTimeline(rate, pauses, 3600);
    expect(t.place(seg({ kind: 'title' }), 2000)).toEqual({ part: 0, previousTail: 0, startsPart: true, silenceBefore: 600, start: 600, end: 2600 });
    expect(t.place(seg({ paragraphStart: true }), 5000)).toEqual({ part: 0, previousTail: 0, startsPart: false, silenceBefore: 1200, start: 3800, end: 8800 });
    expect(t.place(seg(), 1000)).toMatchObject({ silenceBefore: 300, start: 9100, end: 10100 });
    expect(t.finish()).toEqual({ tail: 1500, partLengths: [11600] });
  });

  it('starts a new file, with its own head and tail, when the next segment would overrun the limit', () => {
    const t = new ChapterTimeline(rate, pauses, 10);
    t.place(seg(), 4000);
    t.place(seg(), 3000); // 600 + 4000 + 300 + 3000 = 7900, + 1500 tail = 9400: fits
    const third = t.place(seg(), 1000); // 7900 + 300 + 1000 + 1500 = 10700 > 10000
    expect(third).toEqual({ part: 1, previousTail: 1500, startsPart: true, silenceBefore: 600, start: 600, end: 1600 });
    expect(t.finish().partLengths).toEqual([9400, 3100]);
  });

  it('breaks at a paragraph once past the soft limit rather than mid-paragraph later', () => {
    const t = new ChapterTimeline(rate, pauses, 100);
    t.place(seg(), 91_000);
    expect(t.place(seg({ paragraphStart: true }), 1000).startsPart).toBe(true);
    const u = new ChapterTimeline(rate, pauses, 100);
    u.place(seg(), 91_000);
    expect(u.place(seg(), 1000).startsPart).toBe(false);
  });

  it('has no parts when nothing was placed', () => {
    expect(new ChapterTimeline(rate, pauses, 10).finish()).toEqual({ tail: 0, partLengths: [] });
  });
});
