import { useEffect, useMemo } from 'react';
import type { LibraryVoice } from '../../../../shared/requests/voice-requests';
import { useProjectStore } from '../project/project-store';
import { useCastingStore } from './casting-store';
import { useLibraryStore } from './library-store';

const mainTag = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * What the voice controls need, loaded on first use: the cast's voices and the voices of the book's
 * language (or of every language, once asked for). `speakable` are those that can be chosen now.
 */
export function useVoiceData(options: { allLanguages?: boolean } = {}): { speakable: LibraryVoice[]; bookLanguage: string } {
  // A book that names no language is read as English, and cast in it, by the engine too.
  const bookLanguage = useProjectStore((s) => s.project?.book.language || 'en');
  const voices = useLibraryStore((s) => s.voices);
  const all = options.allLanguages === true;
  useEffect(() => {
    const library = useLibraryStore.getState();
    // A list of every language serves a picker of one language too: it is filtered here.
    const wanted = all ? null : bookLanguage;
    if (library.status === 'idle' || (library.language !== wanted && library.language !== null)) void library.load(wanted);
    if (useCastingStore.getState().status === 'idle') void useCastingStore.getState().load();
  }, [all, bookLanguage]);
  const speakable = useMemo(
    () => voices.filter((v) => v.installed && (all || mainTag(v.language) === mainTag(bookLanguage))),
    [voices, all, bookLanguage],
  );
  return { speakable, bookLanguage };
}
