import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/errors';
import { exportCast, matchCast, parseCastFile, type CastTarget } from './cast-file';
import type { VoiceChoice } from './casting-types';

const choice = (voice: string, pitch = 0): VoiceChoice => ({ voice: { engine: 'kokoro', voice }, settings: { speed: 1, pitch } });
const narrator: VoiceChoice = { voice: { engine: 'piper', voice: 'en_GB-vctk-medium', speaker: 12 }, settings: { speed: 0.95, pitch: -1 } };

const saved = exportCast({
  narrator,
  characters: [
    { name: 'Elizabeth Bennet', aliases: ['Lizzy', 'Eliza'], gender: 'female', choice: choice('bf_emma') },
    { name: 'Mr. Darcy', aliases: ['Fitzwilliam Darcy'], gender: 'male', choice: choice('bm_george') },
    { name: 'Jane', aliases: ['Miss Bennet'], choice: choice('af_heart', 2) },
    { name: 'Mr. Collins', aliases: [], choice: choice('bm_lewis') },
  ],
});

describe('cast files', () => {
  it('round-trips a cast through JSON', () => {
    const file = parseCastFile(saved);
    expect(file.narrator).toEqual(narrator);
    expect(file.characters.map((c) => [c.name, c.choice.voice.voice, c.gender])).toEqual([
      ['Elizabeth Bennet', 'bf_emma', 'female'],
      ['Mr. Darcy', 'bm_george', 'male'],
      ['Jane', 'af_heart', undefined],
      ['Mr. Collins', 'bm_lewis', undefined],
    ]);
  });

  it('matches a sequel’s characters by name, then by alias, and reports who was not found', () => {
    const sequel: CastTarget[] = [
      { id: '1', name: 'Lizzy', aliases: ['Mrs. Darcy'] },
      { id: '2', name: 'MR DARCY', aliases: [] },
      { id: '3', name: 'Miss Bennet', aliases: ['Jane Bingley'] },
      { id: '4', name: 'Georgiana', aliases: [] },
    ];
    const match = matchCast(parseCastFile(saved), sequel);
    expect(match.narrator).toEqual(narrator);
    expect(match.characters).toEqual({ 1: choice('bf_emma'), 2: choice('bm_george'), 3: choice('af_heart', 2) });
    expect(match.unmatched).toEqual(['Mr. Collins']);
  });

  it('prefers an exact name over an alias, and skips an alias that fits two characters', () => {
    const file = parseCastFile(
      exportCast({
        characters: [
          { name: 'Jane', aliases: ['Miss Bennet'], choice: choice('af_heart') },
          { name: 'Miss Bennet', aliases: [], choice: choice('af_bella') },
          { name: 'Kitty', aliases: ['Miss Bennet'], choice: choice('af_sky') },
        ],
      }),
    );
    const targets: CastTarget[] = [
      { id: 'a', name: 'Miss Bennet', aliases: ['Jane'] },
      { id: 'b', name: 'Catherine', aliases: ['Miss Bennet', 'Kitty'] },
    ];
    const match = matchCast(file, targets);
    expect(match.characters).toEqual({ a: choice('af_bella'), b: choice('af_sky') });
    expect(match.unmatched).toEqual(['Jane']);
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, characters: [] }), /format/],
    ['a speed out of range', saved.replace('"speed": 0.95', '"speed": 9'), /speed/],
    ['an unknown engine', saved.replace('"engine": "piper"', '"engine": "festival"'), /engine/],
  ])('refuses %s with a clear error', (_what, text, message) => {
    expect(() => parseCastFile(text)).toThrow(StudioError);
    expect(() => parseCastFile(text)).toThrow(message);
  });
});
