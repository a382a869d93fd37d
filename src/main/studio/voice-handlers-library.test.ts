import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../shared/progress';
import type { AuditionClip, CastingState, VoiceInstall, VoiceListing } from '../../shared/requests/voice-requests';
import { tinyBook } from '../script/testing/tiny-book';
import { fixtureDir, writePiperFixture } from '../voices/engines/testing/fixture-models';
import { catalogueSchema } from '../voices/library/catalogue-schema';
import { DownloadTestServer, sha256Of } from '../voices/library/testing/download-test-server';
import { voiceStudio, type VoiceStudio } from '../voices/studio/testing/voice-studio';

// A Piper voice whose files the catalogue places on a host that does not exist: the studio reaches
// them only through the mirror setting. The config is padded with spaces (still valid JSON) so that
// its download takes long enough to be cancelled halfway.
const fixture = writePiperFixture(join(fixtureDir(), 'voice'), { speakers: 3 });
const model = readFileSync(fixture.modelPath);
const config = Buffer.concat([readFileSync(fixture.configPath), Buffer.alloc(600 * 1024, 0x20)]);
const ORIGIN = 'https://voices.invalid';
const catalogue = catalogueSchema.parse({
  version: 1,
  voices: [
    {
      id: 'piper:en_GB-testvoice-medium',
      engine: 'piper',
      voice: 'en_GB-testvoice-medium',
      package: 'en_GB-testvoice-medium',
      name: 'Test voice (three readers)',
      language: 'en-GB',
      gender: 'mixed',
      accent: 'British',
      quality: 'medium',
      sizeBytes: model.length + config.length,
      licence: 'CC0-1.0',
      licenceUrl: `${ORIGIN}/licence`,
      speakers: [
        { id: 0, key: 'ann', gender: 'female', accent: '' },
        { id: 1, key: 'bob', gender: 'male', accent: '' },
        { id: 2, key: 'cat', gender: 'female', accent: '' },
      ],
      files: [
        { name: 'model.onnx', role: 'model', urls: [`${ORIGIN}/v/test.onnx`], sha256: sha256Of(model), sizeBytes: model.length },
        { name: 'model.onnx.json', role: 'config', urls: [`${ORIGIN}/v/test.onnx.json`], sha256: sha256Of(config), sizeBytes: config.length },
      ],
    },
  ],
});

let server: DownloadTestServer;
let mirror: string;
let vs: VoiceStudio;
beforeAll(async () => {
  server = new DownloadTestServer()
    .serve('/mirror/v/test.onnx', { body: model, etag: '"m"' })
    .serve('/mirror/v/test.onnx.json', { body: config, etag: '"c"', chunkDelayMs: 15 });
  mirror = `${await server.start()}/mirror`;
  vs = voiceStudio({ voiceCatalogue: catalogue });
});
afterAll(async () => {
  await vs.studio.dispose();
  await server.stop();
});

const jobEvents = (jobId: string): JobEvent[] =>
  vs.events.filter((e) => e.event === 'job').map((e) => e.payload as JobEvent).filter((e) => (e.type === 'progress' ? e.progress.jobId : e.jobId) === jobId);

describe('the voice library through the studio', () => {
  it('refuses a mirror that is not a plain web address, and keeps a good one', async () => {
    await expect(vs.call('voices.setMirror', { mirror: 'ftp://example.org' })).rejects.toThrow(/^INVALID_REQUEST: The mirror "ftp:\/\/example.org" must start with http/);
    await expect(vs.call('voices.setMirror', { mirror: 'https://example.org/?x=1' })).rejects.toThrow(/^INVALID_REQUEST/);
    const listing = await vs.call<VoiceListing>('voices.setMirror', { mirror });
    expect(listing.mirror).toBe(mirror);
    expect(vs.studio.settings.read().voiceDownloadMirror).toBe(mirror);
  });

  it('installs a voice as a job with progress, resumes it after a cancel, casts and plays it, and removes it', async () => {
    await vs.call('voices.setMirror', { mirror });
    const before = await vs.call<VoiceListing>('voices.list', { language: 'en' });
    expect(before.packages).toEqual([expect.objectContaining({ catalogueId: 'piper:en_GB-testvoice-medium', installed: false, voices: 3, unverified: false })]);
    expect(before.voices.filter((v) => v.catalogueId !== null)).toEqual([
      expect.objectContaining({ id: 'piper:en_GB-testvoice-medium', name: 'Test voice (three readers) (3 speakers)', installed: false, sizeBytes: model.length + config.length }),
    ]);

    const started = await vs.call<VoiceInstall>('voices.install', { catalogueId: 'piper:en_GB-testvoice-medium' });
    expect(started.packageKey).toBe('piper/en_GB-testvoice-medium');
    expect(await vs.call<VoiceInstall>('voices.install', { catalogueId: 'piper:en_GB-testvoice-medium' })).toEqual(started);
    expect((await vs.call<VoiceListing>('voices.list', {})).installing).toEqual([started]);
    await expect.poll(() => jobEvents(started.jobId).some((e) => e.type === 'progress' && e.progress.current > model.length), { timeout: 10_000 }).toBe(true);
    await vs.call('job.cancel', { jobId: started.jobId });
    expect(await vs.finished(started.jobId)).toMatchObject({ type: 'cancelled', kind: 'download' });
    await expect.poll(async () => (await vs.call<VoiceListing>('voices.list', {})).installing).toEqual([]);

    const resumed = await vs.call<VoiceInstall>('voices.install', { catalogueId: 'piper:en_GB-testvoice-medium' });
    expect(resumed.jobId).not.toBe(started.jobId);
    expect(await vs.finished(resumed.jobId)).toMatchObject({ type: 'completed', kind: 'download' });
    const progress = jobEvents(resumed.jobId).filter((e) => e.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ progress: { kind: 'download', fraction: 1 } });
    expect(server.requestsFor('/mirror/v/test.onnx.json').some((r) => r.status === 206 && r.range?.startsWith('bytes='))).toBe(true);
    expect(server.requestsFor('/mirror/v/test.onnx').filter((r) => r.status === 200)).toHaveLength(1);
    expect(vs.changes()).toContain('library');

    const after = await vs.call<VoiceListing>('voices.list', { language: 'en-GB' });
    expect(after.packages[0]).toMatchObject({ installed: true });
    const readers = after.voices.filter((v) => v.catalogueId === 'piper:en_GB-testvoice-medium');
    expect(readers.map((v) => [v.id, v.name, v.gender, v.installed])).toEqual([
      ['piper:en_GB-testvoice-medium#0', 'Testvoice speaker_0', 'female', true],
      ['piper:en_GB-testvoice-medium#1', 'Testvoice speaker_1', 'male', true],
      ['piper:en_GB-testvoice-medium#2', 'Testvoice speaker_2', 'female', true],
    ]);

    vs.studio.openProject(tinyBook());
    const { characters } = await vs.call<CastingState>('casting.get');
    const bennet = characters.find((c) => c.name === 'Mr. Bennet')!;
    await vs.call('casting.setVoice', { characterId: bennet.characterId, choice: { voice: readers[1]!.ref, settings: { speed: 1, pitch: 0 } } });
    const clip = await vs.call<AuditionClip>('audition.sample', { characterId: bennet.characterId });
    expect(clip).toMatchObject({ sampleRate: 22050, cached: false });
    expect(clip.durationSeconds).toBeGreaterThan(0);

    const removed = await vs.call<VoiceListing>('voices.remove', { catalogueId: 'piper:en_GB-testvoice-medium' });
    expect(removed.packages[0]).toMatchObject({ installed: false });
    const cast = await vs.call<CastingState>('casting.get');
    expect(cast.characters.find((c) => c.name === 'Mr. Bennet')).toMatchObject({ unavailable: true });
    await expect(vs.call('voices.remove', { catalogueId: 'piper:en_GB-testvoice-medium' })).rejects.toThrow(/^NOT_FOUND/);
    await expect(vs.call('voices.install', { catalogueId: 'piper:nothing' })).rejects.toThrow(/^NOT_FOUND/);
  });
});
