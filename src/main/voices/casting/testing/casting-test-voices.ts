import type { Gender } from '../../../../shared/script';
import { voiceId, type VoiceInfo } from '../../../../shared/voices';
import { bundledVoiceCatalogue, entryVoices } from '../../library/catalogue';

/** eSpeak NG voices as the engine lists them: `<language>+<variant>`, low quality, always installed. */
export function espeakTestVoices(language: string, variants: readonly string[]): VoiceInfo[] {
  return variants.map((variant) => {
    const ref = { engine: 'espeak' as const, voice: `${language.toLowerCase()}+${variant}` };
    const gender: Gender = variant.startsWith('f') ? 'female' : variant.startsWith('m') ? 'male' : 'unknown';
    return { ref, id: voiceId(ref), name: `${language} ${variant}`, language, gender, accent: '', quality: 'low' as const, installed: true };
  });
}

/** The catalogue voices of the given entries, as if installed. */
export function catalogueTestVoices(ids: readonly string[]): VoiceInfo[] {
  const catalogue = bundledVoiceCatalogue();
  return catalogue.voices.filter((entry) => ids.includes(entry.id)).flatMap((entry) => entryVoices(entry, true));
}

export const ESPEAK_VARIANTS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'f1', 'f2', 'f3', 'f4', 'f5'];
