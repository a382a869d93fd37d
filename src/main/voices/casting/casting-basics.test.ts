import { describe, expect, it } from 'vitest';
import type { VoiceChoice } from './casting-types';
import { CoOccurrence, scenesFromChapters } from './co-occurrence';
import { languageFit } from './language-match';
import { sameVoice, voiceDistance, voiceFamily } from './voice-distance';
import { VOICE_VARIANTS } from './voice-variants';

const play = (engine: VoiceChoice['voice']['engine'], voice: string, speaker?: number, pitch = 0, speed = 1): VoiceChoice => ({
  voice: speaker === undefined ? { engine, voice } : { engine, voice, speaker },
  settings: { speed, pitch },
});

describe('voiceDistance', () => {
  it('ranks another voice above any variant of one voice', () => {
    const emma = play('kokoro', 'bf_emma');
    expect(voiceDistance(emma, play('piper', 'en_GB-alba-medium'))).toBe(1);
    expect(voiceDistance(emma, play('kokoro', 'bf_alice'))).toBe(0.8);
    expect(voiceDistance(play('piper', 'en_GB-vctk-medium', 1), play('piper', 'en_GB-vctk-medium', 2))).toBe(0.6);
    expect(voiceDistance(play('espeak', 'en-gb+f1'), play('espeak', 'en-gb+f2'))).toBe(0.6);
    expect(voiceDistance(play('espeak', 'en-gb+f1'), play('espeak', 'en-us+f1'))).toBe(0.8);
    const farthestVariant = Math.max(...VOICE_VARIANTS.map((s) => voiceDistance(emma, { ...emma, settings: s })));
    expect(farthestVariant).toBeGreaterThan(0);
    expect(farthestVariant).toBeLessThanOrEqual(0.4);
    expect(voiceDistance(emma, play('kokoro', 'bf_emma', undefined, 2))).toBeGreaterThan(voiceDistance(emma, play('kokoro', 'bf_emma', undefined, 1)));
    expect(sameVoice(emma, play('kokoro', 'bf_emma'))).toBe(true);
    expect(sameVoice(emma, play('kokoro', 'bf_emma', undefined, 0, 1.1))).toBe(false);
  });

  it('groups eSpeak NG variants by language and Piper speakers by model', () => {
    expect(voiceFamily({ engine: 'espeak', voice: 'en-gb+f3' })).toBe('espeak:en-gb');
    expect(voiceFamily({ engine: 'piper', voice: 'en_GB-vctk-medium', speaker: 4 })).toBe('piper:en_GB-vctk-medium');
  });

  it('offers only distinct, moderate variants', () => {
    const keys = VOICE_VARIANTS.map((s) => `${s.pitch}/${s.speed}`);
    expect(new Set(keys).size).toBe(VOICE_VARIANTS.length);
    expect(VOICE_VARIANTS[0]).toEqual({ speed: 1, pitch: 0 });
    for (const s of VOICE_VARIANTS) {
      expect(Math.abs(s.pitch)).toBeLessThanOrEqual(4);
      expect(Math.abs(s.speed - 1)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
  });
});

describe('co-occurrence', () => {
  it('counts the scenes each pair shares', () => {
    const co = new CoOccurrence([['a', 'b', 'c'], ['a', 'b'], ['c', 'c'], ['d']]);
    expect(co.shared('a', 'b')).toBe(2);
    expect(co.shared('b', 'a')).toBe(2);
    expect(co.shared('a', 'c')).toBe(1);
    expect(co.shared('c', 'c')).toBe(0);
    expect(co.shared('a', 'd')).toBe(0);
  });

  it('makes scenes of chapters, split at scene breaks, from dialogue speakers only', () => {
    const d = (speakerId: string, sceneBreakBefore = false) => ({ kind: 'dialogue' as const, speakerId, sceneBreakBefore });
    const n = { kind: 'narration' as const, speakerId: 'narrator' };
    expect(scenesFromChapters([[d('a'), n, d('b'), d('a'), d('c', true), { ...n, sceneBreakBefore: true }, d('d')], [n], [d('e')]])).toEqual([
      ['a', 'b'],
      ['c'],
      ['d'],
      ['e'],
    ]);
  });
});

describe('languageFit', () => {
  it.each([
    ['en-GB', 'en-GB', 2],
    ['en-gb', 'en_GB', 2],
    ['en-US', 'en-GB', 1],
    ['en', 'en-GB', 1],
    ['en-GB', 'en', 1],
    ['fr-FR', 'en', 0],
    ['cmn-Latn-CN', 'cmn-CN', 2],
    ['', 'en', 0],
  ] as const)('%s for a %s book: %i', (voice, book, fit) => {
    expect(languageFit(voice, book)).toBe(fit);
  });
});
