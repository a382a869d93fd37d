import type { voiceRequests, VoiceListing } from '../../shared/requests/voice-requests';
import { deleteLexiconEntry, saveLexiconEntry, updateLexiconEntry } from '../speech/lexicon-store';
import { Audition } from '../voices/studio/audition';
import {
  autoCast,
  castingState,
  exportCastFile,
  importCastFile,
  readCastFile,
  segmentVoice,
  setCastVoice,
  setLineVoice,
  writeCastFile,
} from '../voices/studio/casting-service';
import { castingLanguage } from '../voices/studio/cast-voices';
import { libraryPackages, libraryVoices } from '../voices/studio/library-listing';
import { exportPlsBytes, importBookLexicon, importPlsBytes, lexiconEntries } from '../voices/studio/lexicon-service';
import type { DomainHandlers } from './handlers';
import type { Studio } from './studio';

export function voiceHandlers(studio: Studio): DomainHandlers<typeof voiceRequests> {
  const voices = studio.voices;
  const audition = new Audition(studio.segmentAudio);
  const project = () => ({ db: studio.project.db, language: castingLanguage(studio.project.book().language) });
  const changed = (scope: 'cast' | 'lexicon'): void => studio.events.emit('voices.changed', { scope });

  const listing = async (language?: string): Promise<VoiceListing> => {
    // The list is asked for when the voices are about to be used: load eSpeak NG for the first audition.
    void voices.warm();
    return {
      voices: libraryVoices(await voices.voices(), voices.library.catalogue, language),
      packages: libraryPackages(voices.library.catalogue, voices.installedPackages()),
      mirror: voices.mirror(),
      installing: voices.installing,
    };
  };
  const state = async () => {
    const { db, language } = project();
    return castingState(db, language, await voices.voices());
  };
  const fileName = (suffix: string): string => `${(studio.project.book().title || 'Untitled').replace(/[\\/:*?"<>|]+/g, ' ').trim()} ${suffix}`;

  return {
    'voices.list': ({ language }) => listing(language),
    'voices.install': ({ catalogueId, allowUnverified }) => voices.install(catalogueId, allowUnverified),
    'voices.remove': ({ catalogueId }) => {
      voices.remove(catalogueId);
      return listing();
    },
    'voices.setMirror': ({ mirror }) => {
      voices.setMirror(mirror);
      return listing();
    },

    'casting.get': () => {
      void voices.warm();
      return state();
    },
    'casting.autoCast': async () => {
      const { db, language } = project();
      autoCast(db, language, await voices.voices());
      changed('cast');
      return state();
    },
    'casting.setVoice': async ({ characterId, choice }) => {
      setCastVoice(project().db, characterId, choice, await voices.voices());
      changed('cast');
      return state();
    },
    'casting.segmentVoice': ({ segmentId }) => segmentVoice(project().db, segmentId, project().language),
    'casting.setSegmentVoice': async ({ segmentId, choice }) => {
      const { db, language } = project();
      setLineVoice(db, segmentId, choice, await voices.voices());
      changed('cast');
      return segmentVoice(db, segmentId, language);
    },
    'casting.export': ({ path }) => {
      const json = exportCastFile(project().db);
      if (path) writeCastFile(path, json);
      return { json, fileName: fileName('cast.json'), path: path ?? null };
    },
    'casting.import': async (input) => {
      const { db, language } = project();
      const json = 'json' in input ? input.json : readCastFile(input.path);
      const result = importCastFile(db, json, language, await voices.voices());
      changed('cast');
      return result;
    },

    'lexicon.list': () => lexiconEntries(project().db),
    'lexicon.add': (entry) => {
      const stored = saveLexiconEntry(project().db, entry);
      changed('lexicon');
      return stored;
    },
    'lexicon.update': ({ id, ...entry }) => {
      const stored = updateLexiconEntry(project().db, id, entry);
      changed('lexicon');
      return stored;
    },
    'lexicon.remove': ({ id }) => {
      deleteLexiconEntry(project().db, id);
      changed('lexicon');
      return { id };
    },
    'lexicon.importPls': ({ bytes, mode }) => {
      const report = importPlsBytes(project().db, bytes, mode);
      changed('lexicon');
      return report;
    },
    'lexicon.exportPls': () => ({ fileName: fileName('lexicon.pls'), bytes: exportPlsBytes(project().db, project().language) }),
    'lexicon.importBook': ({ mode }) => {
      const report = importBookLexicon(project().db, mode);
      changed('lexicon');
      return report;
    },

    'audition.segment': ({ segmentId }) => audition.segment(studio.project, segmentId),
    'audition.sample': ({ characterId, choice }) => audition.sample(studio.project, characterId, choice),
    'audition.word': ({ entry }) => audition.word(studio.project, entry),
    'audition.startPreview': ({ chapterId, count }) => {
      const session = studio.project;
      const { jobId } = studio.jobs.start('synthesize', 'Preparing the chapter preview', async (job) => {
        await audition.preview(session, chapterId, count, { signal: job.signal, progress: (done, total) => job.progress(done, total), concurrency: studio.options.workers ?? 2 });
      });
      return { jobId };
    },
    'audition.preview': ({ chapterId, count }) => audition.preview(studio.project, chapterId, count, { concurrency: studio.options.workers ?? 2 }),
  };
}
