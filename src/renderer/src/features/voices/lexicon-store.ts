import { create } from 'zustand';
import type { LexiconEntryView, LexiconImportReport } from '../../../../shared/requests/voice-requests';
import { createActionRunner } from '../../lib/run-action';
import { createSessionLoader } from '../../lib/session-loader';
import type { ShownError } from '../../lib/shown-error';
import { studio } from '../../platform/studio';
import { draftOf, type LexiconDraft } from './audition-store';

interface LexiconStore {
  entries: LexiconEntryView[];
  status: 'idle' | 'loading' | 'ready';
  /** What the last import did, in words. */
  notice: string | null;
  error: ShownError | null;
  load(): Promise<void>;
  invalidate(): void;
  add(entry: LexiconDraft): Promise<boolean>;
  update(id: number, entry: LexiconDraft): Promise<boolean>;
  remove(id: number): Promise<boolean>;
  importPls(bytes: Uint8Array, mode: 'merge' | 'replace'): Promise<boolean>;
  exportPls(): Promise<{ fileName: string; bytes: Uint8Array } | null>;
  /** The PLS lexicons and SSML phonemes of the book's EPUB. */
  importBook(): Promise<boolean>;
  dismissError(): void;
  reset(): void;
}

/** An import's outcome as a sentence. */
export function describeImport(report: LexiconImportReport): string {
  const parts = [`${report.added} added`, `${report.updated} changed`];
  if (report.removed > 0) parts.push(`${report.removed} removed`);
  let text = `Pronunciations: ${parts.join(', ')}.`;
  if (report.skipped.length > 0) text += ` Left out (not in IPA): ${report.skipped.slice(0, 5).join(', ')}${report.skipped.length > 5 ? '…' : ''}.`;
  for (const warning of report.warnings) text += ` ${warning}`;
  return text;
}

const byWord = (a: LexiconEntryView, b: LexiconEntryView): number => a.grapheme.localeCompare(b.grapheme, undefined, { sensitivity: 'base' }) || a.id - b.id;

const INITIAL: Pick<LexiconStore, 'entries' | 'status' | 'notice' | 'error'> = { entries: [], status: 'idle', notice: null, error: null };

export const useLexiconStore = create<LexiconStore>()((set, get) => {
  const sessions = createSessionLoader({ get, set });
  const run = createActionRunner(set, () => set({ error: null, notice: null }));
  const put = (entry: LexiconEntryView): void => set({ entries: [...get().entries.filter((e) => e.id !== entry.id), entry].sort(byWord) });

  return {
    ...INITIAL,

    load: () =>
      sessions.load(
        () => studio().request('lexicon.list', {}),
        (entries) => set({ entries, status: 'ready' }),
        () => 'idle',
      ),

    invalidate() {
      if (get().status !== 'idle') void get().load();
    },

    async add(entry) {
      const stored = await run(() => studio().request('lexicon.add', draftOf(entry)));
      // Adding a word the lexicon has changes that entry in place (same id).
      if (stored) put(stored);
      return stored !== null;
    },

    async update(id, entry) {
      const stored = await run(() => studio().request('lexicon.update', { id, ...draftOf(entry) }));
      if (stored) put(stored);
      return stored !== null;
    },

    async remove(id) {
      const done = await run(() => studio().request('lexicon.remove', { id }));
      if (done) set({ entries: get().entries.filter((e) => e.id !== id) });
      return done !== null;
    },

    async importPls(bytes, mode) {
      const report = await run(() => studio().request('lexicon.importPls', { bytes: new Uint8Array(bytes), mode }));
      if (report) set({ entries: report.entries, notice: describeImport(report) });
      return report !== null;
    },

    exportPls: () => run(() => studio().request('lexicon.exportPls', {})),

    async importBook() {
      const report = await run(() => studio().request('lexicon.importBook', { mode: 'merge' }));
      if (report) {
        const found = `${report.lexicons.length} lexicon${report.lexicons.length === 1 ? '' : 's'} and ${report.phonemeOverrides} SSML pronunciations in the book.`;
        set({ entries: report.entries, notice: `${found} ${describeImport(report)}` });
      }
      return report !== null;
    },

    dismissError() {
      set({ error: null });
    },

    reset() {
      sessions.reset();
      set(INITIAL);
    },
  };
});
