import { describe, expect, it } from 'vitest';
import { DEFAULT_PAUSES } from '../../shared/render';
import { createLimiter } from './limiter';
import { DEFAULT_ROOM_TONE, type RenderPlan } from './render-plan';
import { validatePlan } from './validate-plan';

const plan = (over: Partial<RenderPlan> = {}): RenderPlan => ({
  book: { title: 'Book', author: 'A', narrator: 'N' },
  chapters: [{ id: 'c1', title: 'One', kind: 'body', segments: [{ id: 's1', text: 'Hi.', kind: 'narration', speakerId: null, paragraphStart: true, sceneBreakBefore: false, audio: { path: '/x.wav', format: 'wav' } }] }],
  pauses: DEFAULT_PAUSES,
  roomTone: DEFAULT_ROOM_TONE,
  target: 'acx',
  ...over,
});

describe('validatePlan', () => {
  it('accepts a complete plan', () => {
    expect(() => validatePlan(plan())).not.toThrow();
  });

  it('refuses what cannot be rendered, saying why', () => {
    const cases: Array<[Partial<RenderPlan>, RegExp]> = [
      [{ chapters: [] }, /no chapters/],
      [{ book: { title: ' ', author: '', narrator: '' } }, /needs a title/],
      [{ pauses: { ...DEFAULT_PAUSES, headMs: 200 } }, /headMs/],
      [{ roomTone: { kind: 'noise', levelDb: -40 } }, /Room tone/],
      [{ chapters: [{ id: 'c', title: 'Empty', kind: 'body', segments: [] }] }, /"Empty" has no audio/],
      [{ chapters: [...plan().chapters, ...plan().chapters] }, /appears twice/],
    ];
    for (const [over, message] of cases) expect(() => validatePlan(plan(over))).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST', message: expect.stringMatching(message) }));
  });
});

describe('createLimiter', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      [5, 1, 3, 2, 4].map((ms, i) =>
        limit(async () => {
          running++;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, ms));
          running--;
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('keeps going after a task fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(() => Promise.resolve(7))).resolves.toBe(7);
  });
});
