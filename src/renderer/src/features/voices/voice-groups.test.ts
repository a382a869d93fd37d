import { describe, expect, it } from 'vitest';
import type { LibraryVoice } from '../../../../shared/requests/voice-requests';
import { auditionCommandFor } from './audition-keys';
import { formatBytes, formatPitch, formatSeconds } from './format';
import { groupVoices, voiceLabel } from './voice-groups';

const voice = (id: string, language: string, gender: LibraryVoice['gender'], quality: LibraryVoice['quality'] = 'low'): LibraryVoice => {
  const [engine, name] = id.split(':') as ['espeak' | 'kokoro' | 'piper', string];
  return {
    ref: { engine, voice: name }, id, name, language, gender, accent: '', quality, installed: true, source: 'built-in', catalogueId: null,
    packageKey: null, packageName: '', sizeBytes: 0, licence: '', licenceUrl: null, unverified: false, blend: false,
  };
};

describe('groupVoices', () => {
  it('groups by language and gender, the book’s language first, better voices first', () => {
    const groups = groupVoices(
      [voice('espeak:fr-fr', 'fr-FR', 'male'), voice('espeak:en-us', 'en-US', 'male'), voice('espeak:en-gb+f3', 'en-GB', 'female'), voice('kokoro:bf_emma', 'en-GB', 'female', 'high'), voice('espeak:en-gb', 'en-GB', 'male')],
      'en-GB',
    );
    expect(groups.map((g) => g.label)).toEqual(['British English, female', 'British English, male', 'American English, male', 'French (France), male']);
    expect(groups[0]!.voices.map((v) => v.id)).toEqual(['kokoro:bf_emma', 'espeak:en-gb+f3']);
    expect(voiceLabel(groups[0]!.voices[0]!)).toBe('bf_emma · Kokoro, high quality');
  });
});

describe('audition keys', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('a hears the selected line in the script; Space and Escape work the player', () => {
    expect(auditionCommandFor(press('a'), { inScript: true, playing: false, hasClip: false })).toBe('audition-line');
    expect(auditionCommandFor(press('a'), { inScript: false, playing: false, hasClip: true })).toBeNull();
    expect(auditionCommandFor(press(' '), { inScript: true, playing: false, hasClip: true })).toBe('toggle');
    expect(auditionCommandFor(press(' '), { inScript: true, playing: false, hasClip: false })).toBeNull();
    expect(auditionCommandFor(press('Escape'), { inScript: true, playing: true, hasClip: true })).toBe('stop');
    expect(auditionCommandFor(press('Escape'), { inScript: true, playing: false, hasClip: true })).toBeNull();
    expect(auditionCommandFor(press('a', { ctrlKey: true }), { inScript: true, playing: false, hasClip: true })).toBeNull();
  });
});

describe('formats', () => {
  it('says sizes, lengths and pitch as people read them', () => {
    expect([0, 2000, 63_206_182, 353_749_136, 2 * 1024 ** 3].map(formatBytes)).toEqual(['built in', '2 KB', '60 MB', '337 MB', '2.0 GB']);
    expect([0.84, 12.44, 65].map(formatSeconds)).toEqual(['0.8 s', '12.4 s', '1:05']);
    expect([2, 0, -3.5].map(formatPitch)).toEqual(['+2 st', '0 st', '−3.5 st']);
  });
});
