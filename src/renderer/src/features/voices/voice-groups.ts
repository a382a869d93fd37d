import type { Gender } from '../../../../shared/script';
import type { LibraryVoice } from '../../../../shared/requests/voice-requests';

export interface VoiceGroup {
  /** "English (United Kingdom), female". */
  label: string;
  voices: LibraryVoice[];
}

const GENDER_ORDER: Record<Gender, number> = { female: 0, male: 1, unknown: 2 };
const GENDER_NAMES: Record<Gender, string> = { female: 'female', male: 'male', unknown: 'voice not stated' };

let names: Intl.DisplayNames | null = null;

/** A language tag as people read it ("en-GB" → "British English"), or the tag when unknown. */
export function languageName(tag: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Voices for a picker, grouped by language and then gender, the book's language first; within a
 * group the better voices come first.
 */
export function groupVoices(voices: readonly LibraryVoice[], bookLanguage: string): VoiceGroup[] {
  const quality = { high: 0, medium: 1, low: 2 } as const;
  const main = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';
  const groups = new Map<string, { language: string; gender: Gender; voices: LibraryVoice[] }>();
  for (const voice of voices) {
    const key = `${voice.language}\u0000${voice.gender}`;
    const group = groups.get(key) ?? { language: voice.language, gender: voice.gender, voices: [] };
    group.voices.push(voice);
    groups.set(key, group);
  }
  const exact = bookLanguage.toLowerCase();
  const rank = (language: string): number => (language.toLowerCase() === exact ? 0 : main(language) === main(bookLanguage) ? 1 : 2);
  return [...groups.values()]
    .sort((a, b) => rank(a.language) - rank(b.language) || languageName(a.language).localeCompare(languageName(b.language)) || GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender])
    .map((g) => ({
      label: `${languageName(g.language)}, ${GENDER_NAMES[g.gender]}`,
      voices: [...g.voices].sort((a, b) => quality[a.quality] - quality[b.quality] || a.name.localeCompare(b.name)),
    }));
}

const ENGINE_NAMES = { espeak: 'eSpeak NG', kokoro: 'Kokoro', piper: 'Piper' } as const;

/** A voice's line in a picker: its name, its engine and its quality. */
export function voiceLabel(voice: LibraryVoice): string {
  return `${voice.name} · ${ENGINE_NAMES[voice.ref.engine]}${voice.quality === 'low' ? '' : `, ${voice.quality} quality`}`;
}

export function engineName(engine: LibraryVoice['ref']['engine']): string {
  return ENGINE_NAMES[engine];
}
