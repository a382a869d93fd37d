import type { Gender } from '../../../../shared/script';
import { voiceId, type VoiceInfo } from '../../../../shared/voices';
import { espeakToBcp47 } from './espeak-language';

export interface EspeakListing {
  language: string;
  gender: Gender;
  /** `English_(Great_Britain)`, as eSpeak NG names it. */
  name: string;
  file: string;
}

/** Parses the table `espeak-ng --voices` prints (one voice per line after a header). */
export function parseVoiceListing(lines: readonly string[]): EspeakListing[] {
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length >= 5 && /^\d+$/.test(cells[0] ?? ''))
    .map(([, language = '', ageGender = '', name = '', file = '']) => ({ language, gender: gender(ageGender), name, file }));
}

function gender(ageGender: string): Gender {
  const g = ageGender.split('/')[1];
  return g === 'F' ? 'female' : g === 'M' ? 'male' : 'unknown';
}

/**
 * The voice variants offered for every language: the numbered male and female ones and a few
 * named ones that sound like people. Left out: whispers, robots, and the Klatt variants, which this
 * build of eSpeak NG was compiled without.
 */
export const OFFERED_VARIANTS = [
  'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'f1', 'f2', 'f3', 'f4', 'f5',
  'Annie', 'Andrea', 'belinda', 'linda', 'steph', 'anika', 'aunty', 'grandma',
  'Andy', 'david', 'ed', 'john', 'paul', 'robert', 'max', 'travis', 'grandpa',
];

/** Every language with its default voice and each offered variant. */
export function espeakVoices(languages: readonly EspeakListing[], variants: readonly EspeakListing[]): VoiceInfo[] {
  const offered = OFFERED_VARIANTS.map((file) => variants.find((v) => v.file === `!v/${file}`)).filter((v): v is EspeakListing => v !== undefined);
  const voices: VoiceInfo[] = [];
  const seen = new Set<string>();
  for (const language of languages) {
    const { title, accent } = describe(language.name);
    const base = { language: espeakToBcp47(language.language), accent, quality: 'low' as const, installed: true };
    // Two voices can share a language (Cantonese in Chinese characters and in Jyutping): the second goes by its file.
    const name = seen.has(language.language) ? language.file : language.language;
    seen.add(language.language);
    const ref = { engine: 'espeak' as const, voice: name };
    voices.push({ ...base, ref, id: voiceId(ref), name: title, gender: language.gender });
    for (const variant of offered) {
      const variantRef = { engine: 'espeak' as const, voice: `${name}+${variant.file.slice(3)}` };
      voices.push({ ...base, ref: variantRef, id: voiceId(variantRef), name: `${title}, ${variant.name}`, gender: variant.gender });
    }
  }
  return voices;
}

/** `English_(Great_Britain)` → title `English (Great Britain)`, accent `Great Britain`. */
function describe(name: string): { title: string; accent: string } {
  const title = name.replace(/_/g, ' ');
  return { title, accent: /\(([^)]*)\)/.exec(title)?.[1] ?? '' };
}
