import { describe, expect, it } from 'vitest';
import { ENGINE_IDS } from '../../../shared/voices';
import { EngineSet } from '../engines/engine-set';
import { FolderModelStore } from '../engines/model-store';
import { fixtureDir } from '../engines/testing/fixture-models';
import { canBlend } from './engine-features';

describe('canBlend', () => {
  it('agrees with what each engine says it can do', async () => {
    const engines = new EngineSet({ models: new FolderModelStore(fixtureDir()) });
    for (const id of ENGINE_IDS) expect(canBlend(id), id).toBe((await engines.engine(id)).capabilities.blend);
  });
});
