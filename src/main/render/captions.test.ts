import { describe, expect, it } from 'vitest';
import { buildWebVtt, formatVttTime, segmentCues, splitSentences } from './captions';

describe('formatVttTime', () => {
  it('writes HH:MM:SS.mmm', () => {
    expect(formatVttTime(0)).toBe('00:00:00.000');
    expect(formatVttTime(3.2)).toBe('00:00:03.200');
    expect(formatVttTime(3725.0456)).toBe('01:02:05.046');
  });
});

describe('splitSentences', () => {
  it('splits after end punctuation, keeping closing quotes with their sentence', () => {
    expect(splitSentences('"Bah!" said Scrooge. "Humbug." He walked off… Slowly?')).toEqual(['"Bah!"', 'said Scrooge.', '"Humbug."', 'He walked off…', 'Slowly?']);
  });
});

describe('segmentCues', () => {
  it('gives a short segment one cue with its own times', () => {
    expect(segmentCues({ id: 's1', text: 'Marley was dead.', start: 1.5, end: 3 })).toEqual([{ id: 's1', start: 1.5, end: 3, text: 'Marley was dead.' }]);
  });

  it('splits a long segment at sentences, timing them by length when the engine gave no times', () => {
    const text = `${'a'.repeat(60)}. ${'b'.repeat(60)}. ${'c'.repeat(118)}.`;
    const cues = segmentCues({ id: 's2', text, start: 10, end: 22 }, { maxCueSeconds: 7, maxCueChars: 130 });
    expect(cues.map((c) => c.id)).toEqual(['s2-1', 's2-2']);
    expect(cues[0]!.text).toBe(`${'a'.repeat(60)}. ${'b'.repeat(60)}.`);
    // 122 of 241 characters: the first cue takes that share of the 12 seconds.
    expect(cues[0]!.start).toBe(10);
    expect(cues[0]!.end).toBeCloseTo(10 + (12 * 122) / 241, 9);
    expect(cues[1]!.end).toBe(22);
  });

  it('uses the sentence times the engine reported', () => {
    const cues = segmentCues(
      {
        id: 's3',
        text: 'One. Two. Three.',
        start: 0,
        end: 12,
        sentences: [
          { text: 'One.', start: 0 },
          { text: 'Two.', start: 2 },
          { text: 'Three.', start: 6.5 },
        ],
      },
      { maxCueSeconds: 7, maxCueChars: 200 },
    );
    expect(cues.map((c) => [c.start, c.end, c.text])).toEqual([
      [0, 6.5, 'One. Two.'],
      [6.5, 12, 'Three.'],
    ]);
  });
});

describe('buildWebVtt', () => {
  it('writes a header and one block per cue, escaping markup characters', () => {
    const vtt = buildWebVtt([
      { id: 'a', text: 'Fish & <chips> --> now', start: 0.75, end: 2.5 },
      { id: 'b c', text: 'Next.', start: 2.85, end: 4 },
    ]);
    expect(vtt).toBe(['WEBVTT', '', 'a', '00:00:00.750 --> 00:00:02.500', 'Fish &amp; &lt;chips&gt; --&gt; now', '', 'b_c', '00:00:02.850 --> 00:00:04.000', 'Next.', ''].join('\n'));
  });
});
