import type { LibraryPackage, LibraryVoice } from '../../../shared/requests/voice-requests';
import { voiceId, type VoiceInfo } from '../../../shared/voices';
import { languageFit } from '../casting/language-match';
import { describeVoices, entryVoices, isUnverified } from '../library/catalogue';
import type { Catalogue, CatalogueEntry } from '../library/catalogue-schema';
import { canBlend } from './engine-features';

const ESPEAK = {
  packageName: 'eSpeak NG',
  licence: 'GPL-3.0-or-later',
  licenceUrl: 'https://github.com/espeak-ng/espeak-ng/blob/master/COPYING',
};

export const packageKey = (entry: Pick<CatalogueEntry, 'engine' | 'package'>): string => `${entry.engine}/${entry.package}`;

/**
 * The voices the library shows: those that can speak now (eSpeak NG's, installed models', a model
 * placed by hand) and those the catalogue can install, described from the catalogue where it knows
 * them. `speakable` is what the engines list; an installed package is known by them, not by a flag.
 */
export function libraryVoices(speakable: readonly VoiceInfo[], catalogue: Catalogue, language?: string): LibraryVoice[] {
  const fits = (voice: { language: string }): boolean => !language || languageFit(voice.language, language) > 0;
  const described = describeVoices(speakable, catalogue);
  const ready = new Set(described.map((v) => v.id));
  const byVoice = new Map<string, CatalogueEntry>();
  for (const entry of catalogue.voices) for (const voice of entryVoices(entry, true)) byVoice.set(voice.id, entry);

  const out: LibraryVoice[] = [];
  for (const voice of described) {
    if (!fits(voice)) continue;
    const entry = byVoice.get(voice.id);
    if (voice.ref.engine === 'espeak') out.push({ ...voice, installed: true, source: 'built-in', catalogueId: null, packageKey: null, sizeBytes: 0, unverified: false, blend: false, ...ESPEAK });
    else if (entry) out.push(catalogueVoice(voice, entry, true));
    else out.push({ ...voice, installed: true, source: 'local', catalogueId: null, packageKey: null, packageName: voice.ref.voice, sizeBytes: 0, licence: 'unknown', licenceUrl: null, unverified: false, blend: canBlend(voice.ref.engine) });
  }
  for (const entry of catalogue.voices) {
    if (!fits(entry)) continue;
    const voices = entryVoices(entry, false);
    if (voices.some((v) => ready.has(v.id))) continue;
    if (voices.length === 1) out.push(catalogueVoice(voices[0]!, entry, false));
    else {
      // A model not yet installed is one entry, however many speakers it brings.
      const ref = { engine: entry.engine, voice: entry.voice };
      const name = `${entry.name} (${voices.length} speakers)`;
      out.push(catalogueVoice({ ref, id: voiceId(ref), name, language: entry.language, gender: 'unknown', accent: entry.accent, quality: entry.quality, installed: false }, entry, false));
    }
  }
  return out;
}

function catalogueVoice(voice: VoiceInfo, entry: CatalogueEntry, installed: boolean): LibraryVoice {
  return {
    ...voice,
    installed,
    source: 'catalogue',
    catalogueId: entry.id,
    packageKey: packageKey(entry),
    packageName: entry.engine === 'kokoro' ? `Kokoro (${entry.package})` : entry.name,
    sizeBytes: entry.sizeBytes,
    licence: entry.licence,
    licenceUrl: entry.licenceUrl,
    unverified: isUnverified(entry),
    blend: canBlend(entry.engine),
  };
}

/** The catalogue's downloads, one per package (the Kokoro pack once for all its voices). */
export function libraryPackages(catalogue: Catalogue, installedKeys: ReadonlySet<string>): LibraryPackage[] {
  const packages = new Map<string, { first: CatalogueEntry; entries: CatalogueEntry[] }>();
  for (const entry of catalogue.voices) {
    const key = packageKey(entry);
    const found = packages.get(key);
    if (found) found.entries.push(entry);
    else packages.set(key, { first: entry, entries: [entry] });
  }
  return [...packages.entries()].map(([key, { first, entries }]) => {
    const pack = entries.length > 1;
    const voices = entries.reduce((sum, e) => sum + (e.speakers?.length ?? e.speakerCount ?? 1), 0);
    return {
      catalogueId: first.id,
      packageKey: key,
      engine: first.engine,
      name: pack ? `Kokoro (${first.package})` : first.name,
      languages: [...new Set(entries.map((e) => e.language))],
      gender: pack ? 'mixed' : first.gender,
      accent: pack ? '' : first.accent,
      quality: first.quality,
      sizeBytes: first.sizeBytes,
      licence: first.licence,
      licenceUrl: first.licenceUrl,
      unverified: isUnverified(first),
      installed: installedKeys.has(key),
      voices,
    };
  });
}
