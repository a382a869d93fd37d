import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudioEvents } from '../../shared/contract';
import type { ChapterScript, ScriptChange, SourceDocument } from '../../shared/script-editing';
import { decodeWire, encodeWire } from '../../shared/wire-codec';
import { tinyBook } from '../script/testing/tiny-book';
import { dispatchRequest } from './dispatch-request';
import { createHandlers } from './handlers';
import { Studio } from './studio';

let studio: Studio | undefined;
afterEach(async () => studio?.dispose());

function newStudio() {
  const root = mkdtempSync(join(tmpdir(), 'dramatis-script-handlers-'));
  studio = new Studio({ paths: { dataDir: join(root, 'data'), projectsDir: join(root, 'projects') }, transport: 'http', version: 'test' });
  const changed: Array<StudioEvents['script.changed']> = [];
  studio.events.subscribe((event, payload) => {
    if (event === 'script.changed') changed.push(payload as StudioEvents['script.changed']);
  });
  const handlers = createHandlers(studio);
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const reply = await dispatchRequest(handlers, name, input);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as T;
  };
  return { studio, changed, handlers, call };
}

describe('script requests', () => {
  it('edit the open project and tell every window which chapters changed', async () => {
    const { studio, changed, call } = newStudio();
    studio.openProject(tinyBook());
    const [first] = await call<ChapterScript[]>('script.book', {});
    const gladly = first!.segments.find((s) => s.text === 'Gladly.')!;
    const change = await call<ScriptChange>('script.setSpeaker', { segmentId: gladly.id, speaker: { newCharacter: 'Kitty' } });
    expect(change.cast.find((c) => c.name === 'Kitty')).toMatchObject({ gender: 'unknown', lines: 1 });
    expect(changed).toEqual([{ chapterIds: [first!.chapterId] }]);
    await call('history.undo', {});
    expect(changed).toHaveLength(2);
    expect((await call<ChapterScript>('script.chapter', { chapterId: first!.chapterId })).segments.find((s) => s.id === gladly.id)!.corrected).toBe(false);
  });

  it('refuse bad input with an error a person can read', async () => {
    const { studio, handlers, call } = newStudio();
    expect(await dispatchRequest(handlers, 'script.book', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'No project is open.' } });
    studio.openProject(tinyBook());
    expect(await dispatchRequest(handlers, 'script.split', { segmentId: 1, offset: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatchRequest(handlers, 'cast.update', { characterId: 1, colour: 'red' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await dispatchRequest(handlers, 'script.chapter', { chapterId: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expect(call('history.redo', {})).rejects.toThrow(/INVALID_REQUEST: There is nothing to redo/);
  });

  it('send the source file as bytes over the browser transport', async () => {
    const { studio, call } = newStudio();
    studio.openProject(tinyBook());
    const source = await call<SourceDocument>('project.source', {});
    const wire = decodeWire(encodeWire(source)) as SourceDocument;
    expect(wire.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(wire.bytes)).toMatch(/^CHAPTER 1\n\nIt was a bright morning at Longbourn\./);
  });
});
