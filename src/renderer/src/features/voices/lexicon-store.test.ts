import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LexiconEntryView } from '../../../../shared/requests/voice-requests';
import { createFakeStudio, type FakeHandlers, type FakeStudio } from '../../testing/fake-studio';
import { describeImport, useLexiconStore } from './lexicon-store';

const entry = (id: number, grapheme: string, value = 'x'): LexiconEntryView => ({ id, grapheme, kind: 'alias', value, caseSensitive: false, createdAt: '2026-01-01' });

function install(handlers: FakeHandlers): FakeStudio {
  const fake = createFakeStudio(handlers);
  vi.stubGlobal('window', { studio: fake });
  return fake;
}

beforeEach(() => useLexiconStore.setState(useLexiconStore.getInitialState(), true));
afterEach(() => vi.unstubAllGlobals());

describe('the lexicon store', () => {
  it('adds, changes and removes pronunciations, in alphabetical order', async () => {
    const fake = install({
      'lexicon.list': () => [entry(1, 'Meryton')],
      'lexicon.add': (input) => ({ ...entry(2, input.grapheme, input.value) }),
      'lexicon.update': ({ id, grapheme, value }) => entry(id, grapheme, value),
      'lexicon.remove': ({ id }) => ({ id }),
    });
    await useLexiconStore.getState().load();
    await useLexiconStore.getState().add({ grapheme: 'Longbourn', kind: 'alias', value: 'Long born', caseSensitive: false });
    expect(useLexiconStore.getState().entries.map((e) => e.grapheme)).toEqual(['Longbourn', 'Meryton']);
    await useLexiconStore.getState().update(1, { ...entry(1, 'Meryton', 'Merry ton') });
    expect(fake.calls.find((c) => c.name === 'lexicon.update')!.input).toEqual({ id: 1, grapheme: 'Meryton', kind: 'alias', value: 'Merry ton', caseSensitive: false });
    expect(useLexiconStore.getState().entries.find((e) => e.id === 1)?.value).toBe('Merry ton');
    await useLexiconStore.getState().remove(2);
    expect(useLexiconStore.getState().entries.map((e) => e.id)).toEqual([1]);
  });

  it('imports a PLS file and says what it did', async () => {
    install({ 'lexicon.importPls': ({ mode }) => ({ added: 2, updated: 1, removed: mode === 'replace' ? 3 : 0, skipped: ['Lydia'], warnings: [], entries: [entry(1, 'A'), entry(2, 'B')] }) });
    await useLexiconStore.getState().importPls(new Uint8Array([60]), 'replace');
    expect(useLexiconStore.getState().entries).toHaveLength(2);
    expect(useLexiconStore.getState().notice).toBe('Pronunciations: 2 added, 1 changed, 3 removed. Left out (not in IPA): Lydia.');
  });

  it('describes an import', () => {
    expect(describeImport({ added: 0, updated: 0, removed: 0, skipped: [], warnings: ['The lexicon x.pls is missing from the EPUB.'], entries: [] })).toBe(
      'Pronunciations: 0 added, 0 changed. The lexicon x.pls is missing from the EPUB.',
    );
  });
});
