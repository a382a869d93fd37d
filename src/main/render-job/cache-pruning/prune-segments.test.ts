import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../project/project-session';
import { ScriptEditor } from '../../script/script-editor';
import { tinyBook } from '../../script/testing/tiny-book';
import { AudioCache, audioCacheDir } from '../../voices/segment-audio/audio-cache';
import { prepareItems } from '../prepare-items';
import { readRenderChapters } from '../render-chapters';
import { countingSynthesis, segmentAudioWith } from '../testing/render-fixture';
import { pruneSegments, RECENT_AUDIO_MS } from './prune-segments';

const sessions: ProjectSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
});

const LONG_AGO = new Date(Date.now() - RECENT_AUDIO_MS * 6);

describe('pruning the audio of lines', () => {
  it('removes the audio no line can use any more, and keeps every current line and what was heard just now', () => {
    const session = ProjectSession.open(tinyBook());
    sessions.push(session);
    const segmentAudio = segmentAudioWith(countingSynthesis().synthesize);
    const cache = new AudioCache(audioCacheDir(session.path));
    const book = session.book();
    const keys = (): string[] => {
      const all = (session.db.prepare('SELECT id FROM chapters').all() as Array<{ id: number }>).map((r) => r.id);
      return prepareItems(session.db, readRenderChapters(session.db, all), book, segmentAudio).items.map((i) => i.prepared.key);
    };
    const store = (key: string, old: boolean): void => {
      const { path } = cache.write(key, new Float32Array(100), 22_050);
      if (old) for (const file of [path, path.replace(/\.wav$/, '.json')]) utimesSync(file, LONG_AGO, LONG_AGO);
    };
    const before = keys();
    for (const key of before) store(key, true);

    const line = session.db.prepare("SELECT id FROM segments WHERE text = 'The walk to Meryton was short.'").get() as { id: number };
    new ScriptEditor(session.db).editText(line.id, 'The walk to Meryton was rather short.');
    const after = keys();
    const [edited] = before.filter((k) => !after.includes(k));
    const [current] = after.filter((k) => !before.includes(k));
    expect(edited && current).toBeTruthy();
    store(current!, true);
    const otherVoice = 'f'.repeat(64);
    store(otherVoice, true);
    const justHeard = 'e'.repeat(64);
    store(justHeard, false);

    const freed = pruneSegments({ db: session.db, book, cacheDir: cache.dir, segmentAudio });
    expect(freed.files, 'the edited line and the line in another voice, each a WAV and its timings').toBe(4);
    expect(freed.bytes).toBeGreaterThan(800);
    expect(cache.has(edited!)).toBe(false);
    expect(cache.has(otherVoice)).toBe(false);
    for (const key of [...after, justHeard]) expect(cache.has(key), key).toBe(true);
    expect(existsSync(join(cache.dir, edited!.slice(0, 2), `${edited}.json`))).toBe(false);
    expect(readdirSync(cache.dir).length).toBeGreaterThan(0);
    expect(session.integrityCheck()).toBe('ok');
  });
});
