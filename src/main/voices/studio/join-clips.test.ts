import { describe, expect, it } from 'vitest';
import { joinClips } from './join-clips';

const tone = (length: number, value: number): Float32Array => new Float32Array(length).fill(value);
const segment = (text: string) => ({ segmentId: null, text, speaker: '' });

describe('joinClips', () => {
  it('puts lines one after another with a pause, moving their word and segment timings with them', () => {
    const joined = joinClips(
      [
        { samples: tone(100, 0.5), sampleRate: 1000, words: [{ text: 'one', startSample: 10, endSample: 90 }], segment: segment('One.') },
        { samples: tone(50, -0.5), sampleRate: 1000, words: [{ text: 'two', startSample: 0, endSample: 50 }], segment: segment('Two.') },
      ],
      0.02,
    );
    expect(joined.sampleRate).toBe(1000);
    expect(joined.samples.length).toBe(100 + 20 + 50);
    expect(joined.samples[99]).toBeCloseTo(0.5);
    expect(joined.samples[110]).toBe(0);
    expect(joined.samples[120]).toBeCloseTo(-0.5);
    expect(joined.segments.map((s) => [s.text, s.startSample, s.endSample])).toEqual([
      ['One.', 0, 100],
      ['Two.', 120, 170],
    ]);
    expect(joined.words).toEqual([
      { text: 'one', startSample: 10, endSample: 90 },
      { text: 'two', startSample: 120, endSample: 170 },
    ]);
  });

  it('brings lines of other engines to the highest rate among them, timings included', () => {
    const joined = joinClips(
      [
        { samples: tone(24000, 0.25), sampleRate: 24000, segment: segment('Kokoro.') },
        { samples: tone(12000, 0.25), sampleRate: 12000, words: [{ text: 'low', startSample: 6000, endSample: 12000 }], segment: segment('Half rate.') },
      ],
      0,
    );
    expect(joined.sampleRate).toBe(24000);
    expect(joined.segments[1]).toMatchObject({ startSample: 24000, endSample: 48000 });
    expect(joined.words).toEqual([{ text: 'low', startSample: 36000, endSample: 48000 }]);
    // The resampled middle keeps its level.
    expect(joined.samples[36000]).toBeCloseTo(0.25, 2);
  });

  it('keeps a silent line as an empty segment', () => {
    const joined = joinClips([{ samples: new Float32Array(0), sampleRate: 22050, segment: segment('—') }], 0.3);
    expect(joined.samples.length).toBe(0);
    expect(joined.segments).toEqual([{ ...segment('—'), startSample: 0, endSample: 0 }]);
  });
});
