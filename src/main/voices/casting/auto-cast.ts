import { StudioError } from '../../../shared/errors';
import type { Gender } from '../../../shared/script';
import { voiceId, type VoiceInfo, type VoiceSettings } from '../../../shared/voices';
import type { CastMember, Scenes, VoiceChoice } from './casting-types';
import { CoOccurrence } from './co-occurrence';
import { languageFit } from './language-match';
import { settingsDistance, voiceFamily } from './voice-distance';
import { VOICE_VARIANTS } from './voice-variants';

export interface CastingInput {
  characters: readonly CastMember[];
  scenes: Scenes;
  /** The book's language, BCP 47. */
  language: string;
  /** The voices that can speak now (installed, and eSpeak NG's, always there). */
  voices: readonly VoiceInfo[];
  /** Choices the author made, kept as they are; the rest is cast around them. */
  fixed?: { narrator?: VoiceChoice; characters?: Readonly<Record<string, VoiceChoice>> };
}

export interface CastingResult {
  narrator: VoiceChoice;
  /** By character id. */
  characters: Record<string, VoiceChoice>;
}

// The weights of the cost a choice pays; the cheapest choice wins. Sharing a voice with someone in the
// same scene costs the most, then sharing one with a leading character anywhere; quality and accent
// only decide between otherwise equal voices.
const SHARED_SCENE = 100;
const NARRATION = 300;
const PROMINENT_REUSE = 12;
const SAME_FAMILY = 0.003;
const SAME_ENGINE = 0.001;
const QUALITY = { high: 0, medium: 2, low: 5 } as const;
const OTHER_REGION = 1.5;
const VARIANT_STEP = 0.5;

interface Cast {
  key: string;
  choice: VoiceChoice;
  /** 0..1: lines relative to the most talkative character; 1 for the narrator. */
  prominence: number;
  narrator: boolean;
}

const NARRATOR_KEY = '\u0000narrator';

/**
 * Casts a book: a narrator voice, then every character from the most talkative down, each taking the
 * cheapest voice of their gender and the book's language. A voice costs more the more it resembles
 * the voices of characters who share scenes with this one (and the narrator's), and the voices of
 * leading characters anywhere; when the voices run out, a voice is reused with another pitch and pace
 * so that characters in one scene still sound different. Deterministic: the same input always gives
 * the same cast.
 */
export function autoCast(input: CastingInput): CastingResult {
  const pool = languagePool(input.voices, input.language);
  const co = new CoOccurrence(input.scenes);
  const maxLines = Math.max(1, ...input.characters.map((c) => c.lines));
  const order = [...input.characters].sort((a, b) => b.lines - a.lines || compare(a.name, b.name) || compare(a.id, b.id));
  const firstPerson = order.find((c) => c.narrator);
  const fixed = input.fixed?.characters ?? {};

  const narratorChoice =
    input.fixed?.narrator ??
    (firstPerson && fixed[firstPerson.id]) ??
    cheapest(byGender(pool, firstPerson?.gender ?? 'unknown'), input.language, []);
  const cast: Cast[] = [{ key: NARRATOR_KEY, choice: narratorChoice, prominence: 1, narrator: true }];
  const characters: Record<string, VoiceChoice> = {};

  const place = (member: CastMember, choice: VoiceChoice): void => {
    characters[member.id] = choice;
    cast.push({ key: member.id, choice, prominence: member.lines / maxLines, narrator: false });
  };
  for (const member of order) {
    if (member === firstPerson) characters[member.id] = narratorChoice;
    else if (fixed[member.id]) place(member, fixed[member.id]!);
  }
  for (const member of order) {
    if (characters[member.id]) continue;
    const prominence = member.lines / maxLines;
    const weighed = cast.map((other) => ({
      choice: other.choice,
      weight:
        (other.narrator ? NARRATION : SHARED_SCENE * sceneWeight(co.shared(member.id, other.key))) +
        PROMINENT_REUSE * (prominence + other.prominence),
    }));
    place(member, cheapest(byGender(pool, member.gender), input.language, weighed));
  }
  return { narrator: narratorChoice, characters };
}

/** Voices in the book's language; all voices when none speaks it. */
function languagePool(voices: readonly VoiceInfo[], language: string): VoiceInfo[] {
  const sorted = [...voices].sort((a, b) => compare(a.id, b.id));
  const matching = sorted.filter((v) => languageFit(v.language, language) > 0);
  const pool = matching.length > 0 ? matching : sorted;
  if (pool.length === 0) throw new StudioError('NOT_FOUND', 'There is no voice to cast the book with.');
  return pool;
}

/** Voices of the character's gender; failing that, voices of no stated gender; failing that, any. */
function byGender(pool: VoiceInfo[], gender: Gender): VoiceInfo[] {
  if (gender === 'unknown') return pool;
  const same = pool.filter((v) => v.gender === gender);
  if (same.length > 0) return same;
  const neutral = pool.filter((v) => v.gender === 'unknown');
  return neutral.length > 0 ? neutral : pool;
}

function sceneWeight(shared: number): number {
  return shared > 0 ? 1 + Math.log2(1 + shared) : 0;
}

interface Weighed {
  choice: VoiceChoice;
  weight: number;
}

function cheapest(candidates: VoiceInfo[], language: string, others: Weighed[]): VoiceChoice {
  const engineLoad = new Map<string, number>();
  const familyLoad = new Map<string, number>();
  const byVoice = new Map<string, Weighed[]>();
  for (const other of others) {
    const family = voiceFamily(other.choice.voice);
    engineLoad.set(other.choice.voice.engine, (engineLoad.get(other.choice.voice.engine) ?? 0) + other.weight);
    familyLoad.set(family, (familyLoad.get(family) ?? 0) + other.weight);
    const id = voiceId(other.choice.voice);
    byVoice.set(id, [...(byVoice.get(id) ?? []), other]);
  }
  let best: { cost: number; choice: VoiceChoice } | null = null;
  for (const voice of candidates) {
    const family = familyLoad.get(voiceFamily(voice.ref)) ?? 0;
    const sharing = byVoice.get(voice.id) ?? [];
    const sharingLoad = sharing.reduce((sum, o) => sum + o.weight, 0);
    const base =
      QUALITY[voice.quality] +
      (languageFit(voice.language, language) === 2 ? 0 : OTHER_REGION) +
      SAME_ENGINE * ((engineLoad.get(voice.ref.engine) ?? 0) - family) +
      SAME_FAMILY * (family - sharingLoad);
    // An unused voice is taken as it is; variants only help to tell apart users of one voice.
    const variants = sharing.length > 0 ? VOICE_VARIANTS.length : 1;
    for (let index = 0; index < variants; index++) {
      const settings = VOICE_VARIANTS[index]!;
      const cost = base + VARIANT_STEP * index + sharing.reduce((sum, o) => sum + o.weight * likeness(settings, o.choice.settings), 0);
      if (!best || cost < best.cost) best = { cost, choice: { voice: voice.ref, settings: { ...settings } } };
    }
  }
  if (!best) throw new StudioError('NOT_FOUND', 'There is no voice to cast the book with.');
  return best.choice;
}

/** 1 for one voice played the same way, down to 0.6 for the same voice played far apart. */
function likeness(a: VoiceSettings, b: VoiceSettings): number {
  return 1 - 0.4 * settingsDistance(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
