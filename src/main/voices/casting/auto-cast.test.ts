import { describe, expect, it } from 'vitest';
import { voiceId, type VoiceInfo } from '../../../shared/voices';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../testing/corpus';
import { bundledVoiceCatalogue } from '../library/catalogue';
import { autoCast, type CastingInput, type CastingResult } from './auto-cast';
import type { CastMember } from './casting-types';
import { CoOccurrence } from './co-occurrence';
import { catalogueTestVoices, ESPEAK_VARIANTS, espeakTestVoices } from './testing/casting-test-voices';
import { languageFit } from './language-match';
import { pdncCast } from './testing/pdnc-cast';
import { sameVoice, voiceDistance } from './voice-distance';

const kokoroIds = bundledVoiceCatalogue().voices.filter((v) => v.engine === 'kokoro').map((v) => v.id);
/** What a user with the English neural voices installed has, with eSpeak NG beside them. */
const richVoices: VoiceInfo[] = [
  ...espeakTestVoices('en-GB', ESPEAK_VARIANTS),
  ...espeakTestVoices('en-US', ESPEAK_VARIANTS),
  ...catalogueTestVoices([...kokoroIds, 'piper:en_GB-alba-medium', 'piper:en_GB-northern_english_male-medium', 'piper:en_GB-vctk-medium']),
];
/** A fresh install: eSpeak NG only, three voices of each gender. */
const scarceVoices = espeakTestVoices('en-GB', ['f1', 'f2', 'f3', 'm1', 'm2', 'm3']);

/** A Pride and Prejudice-like cast that needs no corpus: many women, who keep meeting. */
const smallCast: CastMember[] = [
  { id: 'eliz', name: 'Elizabeth', gender: 'female', lines: 400 },
  { id: 'mrsb', name: 'Mrs. Bennet', gender: 'female', lines: 140 },
  { id: 'darcy', name: 'Mr. Darcy', gender: 'male', lines: 130 },
  { id: 'mrb', name: 'Mr. Bennet', gender: 'male', lines: 100 },
  { id: 'jane', name: 'Jane', gender: 'female', lines: 98 },
  { id: 'lady', name: 'Lady Catherine', gender: 'female', lines: 55 },
  { id: 'caro', name: 'Miss Bingley', gender: 'female', lines: 50 },
  { id: 'lydia', name: 'Lydia', gender: 'female', lines: 33 },
  { id: 'char', name: 'Charlotte Lucas', gender: 'female', lines: 22 },
  { id: 'kitty', name: 'Kitty', gender: 'female', lines: 8 },
  { id: 'mary', name: 'Mary', gender: 'female', lines: 7 },
  { id: 'bing', name: 'Mr. Bingley', gender: 'male', lines: 35 },
  { id: 'hill', name: 'Mrs. Hill', gender: 'female', lines: 2 },
  { id: 'ghost', name: 'A voice', gender: 'unknown', lines: 1 },
];
const smallScenes = [
  ['mrsb', 'mrb'],
  ['mrb', 'mrsb', 'eliz', 'kitty', 'lydia', 'mary', 'jane'],
  ['eliz', 'jane', 'char'],
  ['eliz', 'darcy', 'caro', 'bing', 'jane'],
  ['eliz', 'lady', 'char'],
  ['mrsb', 'hill', 'ghost'],
  ['eliz', 'darcy'],
];

function pride(): CastingInput['characters'] {
  return pdncCast(corpusPath('pdnc/PrideAndPrejudice')).characters;
}

/** The properties every cast must have, checked pair by pair. */
function expectGoodCast(input: CastingInput, result: CastingResult, options: { distinctVoicesInScenes: boolean }): void {
  const available = new Map(input.voices.map((v) => [v.id, v]));
  const co = new CoOccurrence(input.scenes);
  for (const member of input.characters) {
    const choice = result.characters[member.id];
    expect(choice, member.name).toBeDefined();
    const voice = available.get(voiceId(choice!.voice));
    expect(voice, `${member.name} got a voice that is not available`).toBeDefined();
    expect(languageFit(voice!.language, input.language), member.name).toBeGreaterThan(0);
    if (member.gender !== 'unknown') expect(voice!.gender, member.name).toBe(member.gender);
    if (!member.narrator) expect(sameVoice(choice!, result.narrator), `${member.name} sounds like the narrator`).toBe(false);
    for (const other of input.characters) {
      if (other.id <= member.id || co.shared(member.id, other.id) === 0) continue;
      const otherChoice = result.characters[other.id]!;
      expect(sameVoice(choice!, otherChoice), `${member.name} and ${other.name} meet and sound the same`).toBe(false);
      if (options.distinctVoicesInScenes) {
        expect(voiceId(choice!.voice), `${member.name} and ${other.name} meet and share a voice`).not.toBe(voiceId(otherChoice.voice));
      }
    }
  }
}

/** The `n` most talkative characters of a gender have `n` different voices. */
function expectTopTalkersApart(input: CastingInput, result: CastingResult, gender: 'female' | 'male', n: number): void {
  const top = input.characters.filter((c) => c.gender === gender).sort((a, b) => b.lines - a.lines).slice(0, n);
  expect(top).toHaveLength(n);
  const voices = top.map((c) => voiceId(result.characters[c.id]!.voice));
  expect(new Set(voices).size, `${top.map((c) => c.name).join(', ')}: ${voices.join(', ')}`).toBe(n);
  expect(voices).not.toContain(voiceId(result.narrator.voice));
}

describe('autoCast', () => {
  it('casts a small household of women with distinct voices when there are enough', () => {
    const input: CastingInput = { characters: smallCast, scenes: smallScenes, language: 'en-GB', voices: richVoices };
    const result = autoCast(input);
    expectGoodCast(input, result, { distinctVoicesInScenes: true });
    expectTopTalkersApart(input, result, 'female', 5);
    expectTopTalkersApart(input, result, 'male', 3);
    // Quality first: the narrator and the lead get the best voices there are.
    const quality = (id: string) => richVoices.find((v) => v.id === id)!.quality;
    expect(quality(voiceId(result.narrator.voice))).toBe('high');
    expect(quality(voiceId(result.characters.eliz!.voice))).toBe('high');
  });

  it('falls back to pitch and pace variants when voices run out, so women who meet still differ', () => {
    const input: CastingInput = { characters: smallCast, scenes: smallScenes, language: 'en-GB', voices: scarceVoices };
    const result = autoCast(input);
    expectGoodCast(input, result, { distinctVoicesInScenes: false });
    expectTopTalkersApart(input, result, 'female', 2);
    const women = smallCast.filter((c) => c.gender === 'female');
    const reused = women.filter((c) => result.characters[c.id]!.settings.pitch !== 0 || result.characters[c.id]!.settings.speed !== 1);
    expect(reused.length).toBeGreaterThan(0);
    // Two women in one scene who share a voice are played apart by at least a pitch step.
    const co = new CoOccurrence(smallScenes);
    for (const a of women) {
      for (const b of women) {
        if (a.id < b.id && co.shared(a.id, b.id) > 0 && voiceId(result.characters[a.id]!.voice) === voiceId(result.characters[b.id]!.voice)) {
          expect(voiceDistance(result.characters[a.id]!, result.characters[b.id]!)).toBeGreaterThanOrEqual(0.4 * (2 / 6));
        }
      }
    }
  });

  it('is deterministic, whatever order the cast and voices come in', () => {
    const input: CastingInput = { characters: smallCast, scenes: smallScenes, language: 'en-GB', voices: richVoices };
    const first = autoCast(input);
    const shuffled = autoCast({ ...input, characters: [...smallCast].reverse(), voices: [...richVoices].reverse() });
    expect(shuffled).toEqual(first);
    expect(autoCast(input)).toEqual(first);
  });

  it('gives a first-person narrator the narration voice, matching their gender', () => {
    const cast = smallCast.map((c) => (c.id === 'darcy' ? { ...c, narrator: true } : c));
    const result = autoCast({ characters: cast, scenes: smallScenes, language: 'en-GB', voices: richVoices });
    expect(result.characters.darcy).toEqual(result.narrator);
    expect(richVoices.find((v) => v.id === voiceId(result.narrator.voice))!.gender).toBe('male');
  });

  it('keeps the author’s choices and casts the others around them', () => {
    const lizzy = { voice: { engine: 'espeak' as const, voice: 'en-gb+f2' }, settings: { speed: 1.1, pitch: 1 } };
    const narrator = { voice: { engine: 'kokoro' as const, voice: 'bf_emma' }, settings: { speed: 1, pitch: 0 } };
    const input: CastingInput = {
      characters: smallCast, scenes: smallScenes, language: 'en-GB', voices: richVoices,
      fixed: { narrator, characters: { eliz: lizzy } },
    };
    const result = autoCast(input);
    expect(result.narrator).toEqual(narrator);
    expect(result.characters.eliz).toEqual(lizzy);
    expectGoodCast(input, result, { distinctVoicesInScenes: true });
  });

  it('prefers the book’s language and region, and uses any voice when none speaks the language', () => {
    const voices = [...espeakTestVoices('en-US', ['f1', 'f2']), ...espeakTestVoices('en-GB', ['f1', 'f2']), ...espeakTestVoices('fr-FR', ['f1', 'f2'])];
    const one: CastMember[] = [{ id: 'a', name: 'A', gender: 'female', lines: 3 }];
    const cast = (language: string) => {
      const result = autoCast({ characters: one, scenes: [], language, voices });
      return [result.narrator.voice.voice, result.characters.a!.voice.voice];
    };
    expect(cast('en-GB')).toEqual(['en-gb+f1', 'en-gb+f2']);
    expect(cast('en-US')).toEqual(['en-us+f1', 'en-us+f2']);
    expect(cast('fr')).toEqual(['fr-fr+f1', 'fr-fr+f2']);
    // No German voice: any will do, spread over two languages' voices rather than one.
    expect(cast('de')).toEqual(['en-gb+f1', 'en-us+f1']);
    expect(() => autoCast({ characters: one, scenes: [], language: 'en', voices: [] })).toThrow(/no voice/);
  });

  describe.skipIf(!hasCorpus)(`on the Pride and Prejudice cast of the PDNC${hasCorpus ? '' : ` (skipped: ${corpusSkipReason})`}`, () => {
    it('casts every speaker with rich voices: no two who meet share a voice, the leads all differ', () => {
      const { characters, scenes } = pdncCast(corpusPath('pdnc/PrideAndPrejudice'));
      expect(characters.length).toBeGreaterThan(20);
      const input: CastingInput = { characters, scenes, language: 'en', voices: richVoices };
      const result = autoCast(input);
      expectGoodCast(input, result, { distinctVoicesInScenes: true });
      expectTopTalkersApart(input, result, 'female', 8);
      expectTopTalkersApart(input, result, 'male', 6);
    });

    it('casts it with three voices a gender, telling apart everyone who meets by pitch and pace', () => {
      const input: CastingInput = { characters: pride(), scenes: pdncCast(corpusPath('pdnc/PrideAndPrejudice')).scenes, language: 'en', voices: scarceVoices };
      const result = autoCast(input);
      expectGoodCast(input, result, { distinctVoicesInScenes: false });
      expectTopTalkersApart(input, result, 'female', 2);
      expectTopTalkersApart(input, result, 'male', 2);
    });
  });
});
