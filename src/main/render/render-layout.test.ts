import { describe, expect, it } from 'vitest';
import { layOut } from './render-layout';

describe('layOut', () => {
  it('places chapters one after another and numbers every part as a track', () => {
    const { chapters, totalTracks, durationSeconds } = layOut([
      { id: 'opening-credits', title: 'Opening Credits', kind: 'opening-credits', parts: [{ seconds: 8, segments: [] }] },
      { id: 'c1', title: 'Stave One: Marley', kind: 'chapter', parts: [{ seconds: 7000, segments: [] }, { seconds: 1000, segments: [] }] },
      { id: 'c2', title: 'Stave Two', kind: 'chapter', parts: [{ seconds: 60, segments: [] }] },
    ]);
    expect(totalTracks).toBe(4);
    expect(durationSeconds).toBe(8068);
    expect(chapters.map((c) => [c.title, c.startSeconds, c.endSeconds])).toEqual([
      ['Opening Credits', 0, 8],
      ['Stave One: Marley', 8, 8008],
      ['Stave Two', 8008, 8068],
    ]);
    expect(chapters.flatMap((c) => c.parts.map((p) => [p.track, p.title, p.stem]))).toEqual([
      [1, 'Opening Credits', '01 Opening Credits'],
      [2, 'Stave One: Marley (part 1 of 2)', '02 Stave One Marley (part 1 of 2)'],
      [3, 'Stave One: Marley (part 2 of 2)', '03 Stave One Marley (part 2 of 2)'],
      [4, 'Stave Two', '04 Stave Two'],
    ]);
  });
});
