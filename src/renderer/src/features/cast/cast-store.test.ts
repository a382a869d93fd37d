import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../shared/errors';
import { connectScriptChanges } from '../../app/connect-script-changes';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { CAST, change, member } from '../../testing/script-fixtures';
import { useScriptStore } from '../script/script-store';
import { useCastStore } from './cast-store';

let fake: FakeStudio;
let stop: () => void = () => undefined;

function install(handlers: FakeHandlers): void {
  fake = createFakeStudio({ 'cast.list': () => CAST, ...handlers });
  vi.stubGlobal('window', { studio: fake });
  stop = connectScriptChanges();
}

const cast = () => useCastStore.getState();

beforeEach(() => {
  useCastStore.getState().reset();
  useScriptStore.getState().reset();
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('the cast store', () => {
  it('loads the cast and finds members by id', async () => {
    install({});
    await cast().load();
    expect(cast().cast.map((c) => c.name)).toEqual(['Narrator', 'Elizabeth', 'Mr. Darcy', 'Jane', 'Mrs. Bennet']);
    expect(cast().byId.get(3)?.aliases).toEqual(['Darcy']);
  });

  it('renames at once and keeps the engine’s cast', async () => {
    let answer!: () => void;
    install({
      'cast.update': (input) =>
        new Promise((resolve) => {
          answer = () => resolve(change([], { cast: CAST.map((c) => (c.id === input.characterId ? { ...c, name: 'Fitzwilliam Darcy' } : c)) }));
        }),
    });
    await cast().load();
    const renaming = cast().rename(3, 'Darcy the Younger');
    expect(cast().byId.get(3)?.name).toBe('Darcy the Younger');
    answer();
    expect(await renaming).toBe(true);
    expect(cast().byId.get(3)?.name).toBe('Fitzwilliam Darcy');
    expect(fake.calls.at(-1)).toEqual({ name: 'cast.update', input: { characterId: 3, name: 'Darcy the Younger' } });
  });

  it('puts a refused change back and says why', async () => {
    install({
      'cast.update': () => {
        throw new StudioError('INVALID_REQUEST', 'Another character is already called Jane.');
      },
    });
    await cast().load();
    expect(await cast().setColour(3, '#123456')).toBe(false);
    expect(cast().byId.get(3)?.colour).toBe('#4e79a7');
    expect(cast().error).toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('merges and splits through the engine, and the script view hears the result', async () => {
    install({
      'cast.merge': () => change([], { cast: CAST.filter((c) => c.id !== 4) }),
      'cast.split': () => change([], { cast: [...CAST, member(9, 'Kitty')] }),
    });
    await cast().load();
    expect(await cast().merge(4, 2)).toBe(true);
    expect(fake.calls.at(-1)).toEqual({ name: 'cast.merge', input: { fromId: 4, intoId: 2 } });
    expect(cast().byId.has(4)).toBe(false);

    expect(await cast().split(5, 'Kitty', [120, 121], ['Kitty Bennet'])).toBe(true);
    expect(fake.calls.at(-1)).toEqual({ name: 'cast.split', input: { characterId: 5, name: 'Kitty', segmentIds: [120, 121], aliases: ['Kitty Bennet'] } });
    expect(cast().byId.get(9)?.name).toBe('Kitty');
  });
});
