import { StudioError } from '../../../shared/errors';
import { voiceId, type VoiceInfo } from '../../../shared/voices';
import bundledCatalogue from '../../../../resources/voices/catalogue.json';
import { catalogueSchema, type Catalogue, type CatalogueEntry } from './catalogue-schema';

let cached: Catalogue | null = null;

/** The catalogue shipped with the app, checked once against its schema. */
export function bundledVoiceCatalogue(): Catalogue {
  cached ??= catalogueSchema.parse(bundledCatalogue);
  return cached;
}

export function catalogueEntry(catalogue: Catalogue, id: string): CatalogueEntry {
  const entry = catalogue.voices.find((v) => v.id === id);
  if (!entry) throw new StudioError('NOT_FOUND', `There is no voice "${id}" in the voice catalogue.`);
  return entry;
}

/** True when some file of the entry has no published checksum, so installing it cannot be verified. */
export function isUnverified(entry: CatalogueEntry): boolean {
  return entry.files.some((f) => f.sha256 === null);
}

/** The voices an entry gives: one, or one per speaker of a multi-speaker model. */
export function entryVoices(entry: CatalogueEntry, installed: boolean): VoiceInfo[] {
  const common = { language: entry.language, quality: entry.quality, installed };
  const modelName = entry.name.replace(/\s*\(.*\)$/, '');
  if (entry.speakers) {
    return entry.speakers.map((s) => {
      const ref = { engine: entry.engine, voice: entry.voice, speaker: s.id };
      return { ...common, ref, id: voiceId(ref), name: `${modelName} ${s.key}`, gender: s.gender, accent: s.accent || entry.accent };
    });
  }
  if (entry.speakerCount) {
    return Array.from({ length: entry.speakerCount }, (_, speaker) => {
      const ref = { engine: entry.engine, voice: entry.voice, speaker };
      return { ...common, ref, id: voiceId(ref), name: `${modelName} speaker ${speaker}`, gender: 'unknown' as const, accent: entry.accent };
    });
  }
  const gender = entry.gender === 'mixed' ? 'unknown' : entry.gender;
  const ref = { engine: entry.engine, voice: entry.voice };
  return [{ ...common, ref, id: voiceId(ref), name: entry.name, gender, accent: entry.accent }];
}

/**
 * Fills in what an engine cannot know about its installed voices from the catalogue: a Piper model
 * file says nothing of its speakers' gender or accent. Voices the catalogue does not list, and what an
 * engine did say, are left as they are.
 */
export function describeVoices(voices: readonly VoiceInfo[], catalogue: Catalogue = bundledVoiceCatalogue()): VoiceInfo[] {
  const known = new Map(catalogue.voices.flatMap((entry) => entryVoices(entry, true)).map((v) => [v.id, v]));
  return voices.map((voice) => {
    const listed = known.get(voice.id);
    if (!listed) return voice;
    return {
      ...voice,
      gender: voice.gender === 'unknown' ? listed.gender : voice.gender,
      accent: voice.accent || listed.accent,
      name: voice.name || listed.name,
    };
  });
}
