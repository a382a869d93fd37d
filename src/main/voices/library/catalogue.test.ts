import { describe, expect, it } from 'vitest';
import { bundledVoiceCatalogue, catalogueEntry, describeVoices, entryVoices, isUnverified } from './catalogue';
import { catalogueSchema, type CatalogueEntry } from './catalogue-schema';
import raw from '../../../../resources/voices/catalogue.json';
import { MODEL_FILES } from '../engines/model-files';

const catalogue = bundledVoiceCatalogue();

/** The entries whose every file carries a published SHA-256 (see the catalogue notes in the report). */
const VERIFIED = [
  'piper:en_GB-alba-medium',
  'piper:en_GB-northern_english_male-medium',
  'piper:en_US-amy-medium',
  'piper:en_US-hfc_female-medium',
  'piper:en_US-lessac-medium',
  'piper:en_US-ryan-medium',
];

describe('the bundled voice catalogue', () => {
  it('passes its schema', () => {
    const result = catalogueSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('holds the Piper voices with hashes, the multi-speaker models without, and every Kokoro v1.0 voice', () => {
    const piper = catalogue.voices.filter((v) => v.engine === 'piper');
    expect(piper.filter((v) => !isUnverified(v)).map((v) => v.id).sort()).toEqual(VERIFIED);
    expect(piper.filter(isUnverified).map((v) => v.id).sort()).toEqual(['piper:en_GB-vctk-medium', 'piper:en_US-libritts_r-medium']);
    const kokoro = catalogue.voices.filter((v) => v.engine === 'kokoro');
    expect(kokoro).toHaveLength(54);
    expect(kokoro.every((v) => !isUnverified(v))).toBe(true);
    expect(new Set(kokoro.map((v) => v.language))).toEqual(new Set(['en-US', 'en-GB', 'ja-JP', 'zh-CN', 'es-ES', 'fr-FR', 'hi-IN', 'it-IT', 'pt-BR']));
  });

  it('downloads Piper voices from the v1.0.0 tag of piper-voices, laid out by language, region, name and quality', () => {
    for (const entry of catalogue.voices.filter((v) => v.engine === 'piper')) {
      const [locale, name, quality] = entry.voice.split('-') as [string, string, string];
      const lang = locale.split('_')[0];
      for (const file of entry.files) {
        expect(file.urls[0]).toBe(
          `https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/${lang}/${locale}/${name}/${quality}/${entry.voice}${file.name.slice('model'.length)}`,
        );
      }
      expect(entry.files.map((f) => [f.name, f.role, f.urls[0]!.split('/').pop()])).toEqual([
        ['model.onnx', 'model', `${entry.voice}.onnx`],
        ['model.onnx.json', 'config', `${entry.voice}.onnx.json`],
      ]);
      expect(entry.package).toBe(entry.voice);
    }
  });

  it('puts every Kokoro voice in one package, so one download serves them all', () => {
    const kokoro = catalogue.voices.filter((v) => v.engine === 'kokoro');
    expect(new Set(kokoro.map((v) => v.package))).toEqual(new Set(['kokoro-v1.0']));
    expect(kokoro[0]!.files.map((f) => f.name)).toEqual(['model.onnx', 'voices.bin', 'config.json']);
    expect(catalogueEntry(catalogue, 'kokoro:bf_emma')).toMatchObject({ gender: 'female', language: 'en-GB', quality: 'high' });
    expect(catalogueEntry(catalogue, 'kokoro:am_adam')).toMatchObject({ gender: 'male', language: 'en-US', quality: 'low' });
  });

  it('turns a multi-speaker model into one voice per speaker, with the corpus genders', () => {
    const vctk = entryVoices(catalogueEntry(catalogue, 'piper:en_GB-vctk-medium'), false);
    expect(vctk).toHaveLength(109);
    expect(vctk[0]).toMatchObject({ id: 'piper:en_GB-vctk-medium#0', name: 'VCTK p239', gender: 'female', ref: { engine: 'piper', voice: 'en_GB-vctk-medium', speaker: 0 } });
    expect(vctk.find((v) => v.name === 'VCTK p226')).toMatchObject({ gender: 'male', accent: 'English' });
    const genders = vctk.reduce<Record<string, number>>((n, v) => ({ ...n, [v.gender]: (n[v.gender] ?? 0) + 1 }), {});
    expect(genders).toEqual({ female: 61, male: 46, unknown: 2 });
    const libritts = entryVoices(catalogueEntry(catalogue, 'piper:en_US-libritts_r-medium'), true);
    expect(libritts).toHaveLength(904);
    expect(libritts.every((v) => v.gender === 'unknown' && v.installed)).toBe(true);
    expect(entryVoices(catalogueEntry(catalogue, 'piper:en_GB-alba-medium'), false)).toEqual([
      expect.objectContaining({ id: 'piper:en_GB-alba-medium', gender: 'female', language: 'en-GB', installed: false }),
    ]);
  });

  it('tells what an engine cannot know of its voices: the gender and accent of Piper speakers', () => {
    const listed = [
      { ref: { engine: 'piper' as const, voice: 'en_GB-vctk-medium', speaker: 95 }, id: 'piper:en_GB-vctk-medium#95', name: 'en_GB-vctk-medium 95', language: 'en-GB', gender: 'unknown' as const, accent: '', quality: 'medium' as const, installed: true },
      { ref: { engine: 'piper' as const, voice: 'en_GB-alba-medium' }, id: 'piper:en_GB-alba-medium', name: 'Alba', language: 'en-GB', gender: 'male' as const, accent: 'Edinburgh', quality: 'medium' as const, installed: true },
      { ref: { engine: 'piper' as const, voice: 'my-own-voice' }, id: 'piper:my-own-voice', name: 'Mine', language: 'en-GB', gender: 'unknown' as const, accent: '', quality: 'low' as const, installed: true },
    ];
    expect(describeVoices(listed, catalogue).map((v) => [v.id, v.gender, v.accent])).toEqual([
      ['piper:en_GB-vctk-medium#95', 'male', 'English'],
      ['piper:en_GB-alba-medium', 'male', 'Edinburgh'],
      ['piper:my-own-voice', 'unknown', ''],
    ]);
  });

  it('names each file as the engines look for it in a model folder', () => {
    for (const entry of catalogue.voices) {
      const wanted = MODEL_FILES[entry.engine];
      expect(entry.files.map((f) => f.role)).toEqual(wanted.map((spec) => spec.role));
      for (const file of entry.files) expect(wanted.find((spec) => spec.role === file.role)!.names).toContain(file.name);
    }
  });
});

describe('the catalogue schema', () => {
  const good = catalogueEntry(catalogue, 'piper:en_GB-alba-medium');
  const parse = (entry: unknown) => catalogueSchema.safeParse({ version: 1, voices: [entry] }).success;
  const withFile = (patch: Partial<CatalogueEntry['files'][number]>): CatalogueEntry => ({
    ...good,
    files: [{ ...good.files[0]!, ...patch }, good.files[1]!],
  });

  it('accepts a well-formed entry', () => {
    expect(parse(good)).toBe(true);
  });

  it.each([
    ['a file name climbing out of the folder', withFile({ name: '../evil.onnx' })],
    ['a file name with a folder', withFile({ name: 'sub/evil.onnx' })],
    ['a non-http address', withFile({ urls: ['ftp://example.org/a.onnx'] })],
    ['a malformed hash', withFile({ sha256: 'abc' })],
    ['a size that is not the sum of its files', { ...good, sizeBytes: good.sizeBytes + 1 }],
    ['an id that is not engine:voice', { ...good, id: 'piper:other' }],
    ['a language that is not BCP 47', { ...good, language: 'english' }],
    ['a mixed gender without speakers', { ...good, gender: 'mixed' }],
  ])('refuses %s', (_what, entry) => {
    expect(parse(entry)).toBe(false);
  });

  it('refuses two voices of one package listing different files', () => {
    const other = { ...good, id: 'piper:other', voice: 'other', files: [{ ...good.files[0]!, sha256: 'f'.repeat(64) }, good.files[1]!] };
    expect(catalogueSchema.safeParse({ version: 1, voices: [good, other] }).success).toBe(false);
    expect(catalogueSchema.safeParse({ version: 1, voices: [good, { ...other, package: 'other' }] }).success).toBe(true);
  });
});
