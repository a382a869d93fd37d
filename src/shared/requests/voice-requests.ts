import { z } from 'zod';
import type { Gender } from '../script';
import { ENGINE_IDS, type VoiceInfo, type VoiceRef, type VoiceSettings, type WordTiming } from '../voices';
import { chapterIdSchema, emptyInput, filePathSchema, request } from './declare-request';

/** A voice and how it is played: what a character, the narrator or one line is heard with. */
export interface VoiceChoice {
  voice: VoiceRef;
  settings: VoiceSettings;
}

const voiceRefSchema = z
  .object({
    engine: z.enum(ENGINE_IDS),
    voice: z.string().trim().min(1).max(200),
    speaker: z.number().int().nonnegative().max(100_000).optional(),
  })
  .strict();

export const voiceChoiceSchema = z
  .object({
    voice: voiceRefSchema,
    settings: z
      .object({
        speed: z.number().min(0.5).max(2),
        pitch: z.number().min(-12).max(12),
        blend: z.array(z.object({ voice: voiceRefSchema, weight: z.number().min(0).max(1) }).strict()).max(8).optional(),
      })
      .strict(),
  })
  .strict();

/** A voice as the library shows it: what it is, where it comes from, whether it can speak now. */
export interface LibraryVoice extends VoiceInfo {
  /** `built-in`: eSpeak NG, always there; `catalogue`: downloadable; `local`: a model placed by hand. */
  source: 'built-in' | 'catalogue' | 'local';
  /** The catalogue entry that installs or removes it (`engine:voice`); null when there is none. */
  catalogueId: string | null;
  /**
   * The download it comes with (`engine/package`): every Kokoro voice comes with one package, so
   * installing or removing one of them does all. Null for built-in voices.
   */
  packageKey: string | null;
  /** The download as people name it ("eSpeak NG", "Alba", "Kokoro (kokoro-v1.0)"). */
  packageName: string;
  /** Download size in bytes; 0 for a built-in voice. */
  sizeBytes: number;
  licence: string;
  licenceUrl: string | null;
  /** The catalogue publishes no checksum for its files: installing needs the user's consent. */
  unverified: boolean;
  /** The engine can mix this voice with others of its engine. */
  blend: boolean;
}

export interface VoiceInstall {
  packageKey: string;
  jobId: string;
}

/** One download of the catalogue: a Piper voice (one or many speakers) or the Kokoro voice pack. */
export interface LibraryPackage {
  /** What to pass to `voices.install` and `voices.remove`. */
  catalogueId: string;
  packageKey: string;
  engine: 'kokoro' | 'piper';
  name: string;
  /** BCP 47 tags of its voices. */
  languages: string[];
  /** `mixed` for a model with several speakers or a pack of voices. */
  gender: Gender | 'mixed';
  accent: string;
  quality: 'low' | 'medium' | 'high';
  sizeBytes: number;
  licence: string;
  licenceUrl: string | null;
  unverified: boolean;
  installed: boolean;
  /** Voices it gives: speakers of one model, or the voices of a pack. */
  voices: number;
}

export interface VoiceListing {
  /**
   * Voices that can speak now and voices the catalogue can install, in `language` when the request
   * names one. A multi-speaker model not yet installed is one entry, its speakers come with it.
   */
  voices: LibraryVoice[];
  /** Every download of the catalogue, whatever its language, one entry per package. */
  packages: LibraryPackage[];
  /** The download mirror ('' for the catalogue's own addresses). */
  mirror: string;
  /** Installs under way. */
  installing: VoiceInstall[];
}

export interface CharacterCasting {
  characterId: number;
  name: string;
  gender: Gender;
  narrator: boolean;
  /** Dialogue lines: casting gives the most talkative the most distinct voices. */
  lines: number;
  /** The voice chosen for them; null until they are cast (they are heard in the narrator's voice). */
  choice: VoiceChoice | null;
  /** `user`: the author chose it and automatic casting keeps it. */
  origin: 'auto' | 'user' | null;
  /** What their lines are heard with now. */
  effective: VoiceChoice;
  /** The chosen voice cannot speak now (its model was removed): the line falls back to nothing. */
  unavailable: boolean;
}

export interface CastingState {
  /** The book's language (BCP 47), which casting matches voices to. */
  language: string;
  /** The narrator first, then by lines. */
  characters: CharacterCasting[];
  /** Heard when nobody is cast: eSpeak NG in the book's language. */
  defaultVoice: VoiceChoice;
}

export interface SegmentVoice {
  segmentId: number;
  /** Who says it ('' when nobody is known). */
  speaker: string;
  /** The author's voice for this one line, or null. */
  override: VoiceChoice | null;
  effective: VoiceChoice;
}

export interface CastImport {
  state: CastingState;
  /** Characters of this project that took a voice from the file. */
  matched: number;
  /** Names in the file that matched no character (or several). */
  unmatched: string[];
}

/** A part of an audition clip said by one segment. */
export interface ClipSegment {
  segmentId: number | null;
  /** The text as written (the words are matched against it to highlight them). */
  text: string;
  speaker: string;
  startSample: number;
  endSample: number;
}

/** Synthesised audio to play, with where each word and segment lies in it. */
export interface AuditionClip {
  /** A mono 16-bit WAV file. */
  wav: Uint8Array;
  sampleRate: number;
  durationSeconds: number;
  /** Word timings over the whole clip, in samples. */
  words: WordTiming[];
  segments: ClipSegment[];
  /** Every piece came from the cache: nothing was synthesised for it. */
  cached: boolean;
  /** What the clip is, in words ("Jane, chapter 1"). */
  title: string;
}

export interface LexiconEntryView {
  id: number;
  grapheme: string;
  kind: 'alias' | 'phoneme';
  value: string;
  caseSensitive: boolean;
  createdAt: string;
}

export interface LexiconImportReport {
  added: number;
  updated: number;
  removed: number;
  /** Words the file gives in an alphabet Dramatis cannot say (not IPA). */
  skipped: string[];
  warnings: string[];
  entries: LexiconEntryView[];
}

export interface BookLexiconImport extends LexiconImportReport {
  /** The PLS files found in the EPUB. */
  lexicons: string[];
  /** `ssml:ph` attributes found in its text (honoured in place when a line is spoken). */
  phonemeOverrides: number;
}

const MAX_LEXICON_BYTES = 10 * 1024 * 1024;
const MAX_CAST_FILE = 5 * 1024 * 1024;
const id = z.number().int().positive();
const catalogueId = z.string().min(3).max(300);

export const lexiconEntryInput = z
  .object({
    grapheme: z.string().min(1).max(200),
    kind: z.enum(['alias', 'phoneme']),
    value: z.string().min(1).max(500),
    caseSensitive: z.boolean().default(false),
  })
  .strict();

/** The voice library, casting, the pronunciation lexicon and audition. */
export const voiceRequests = {
  /**
   * Built-in eSpeak NG voices, installed models and the catalogue, with the mirror setting; only the
   * voices that speak `language` (BCP 47, `en` takes in `en-GB`) when it is given. eSpeak NG alone
   * has some four thousand voices in all languages.
   */
  'voices.list': request<VoiceListing>()(z.object({ language: z.string().trim().min(2).max(35).optional() }).strict()),
  /**
   * Installs the package of a catalogue voice as a `download` job (cancel with `job.cancel`; an
   * interrupted install resumes). An install already under way answers with its job.
   */
  'voices.install': request<VoiceInstall>()(z.object({ catalogueId, allowUnverified: z.boolean().default(false) }).strict()),
  'voices.remove': request<VoiceListing>()(z.object({ catalogueId }).strict()),
  /** A base URL that replaces the host of every download; '' goes back to the catalogue's addresses. */
  'voices.setMirror': request<VoiceListing>()(z.object({ mirror: z.string().trim().max(500) }).strict()),

  'casting.get': request<CastingState>()(emptyInput),
  /** Casts the narrator and every character the author has not cast; the author's choices stay. */
  'casting.autoCast': request<CastingState>()(emptyInput),
  /** The author's voice for a character (null: let automatic casting choose). */
  'casting.setVoice': request<CastingState>()(z.object({ characterId: id, choice: voiceChoiceSchema.nullable() }).strict()),
  'casting.segmentVoice': request<SegmentVoice>()(z.object({ segmentId: id }).strict()),
  /** A voice for one line, whoever says it (null removes it). */
  'casting.setSegmentVoice': request<SegmentVoice>()(z.object({ segmentId: id, choice: voiceChoiceSchema.nullable() }).strict()),
  /** The cast as a file's JSON, also written to `path` when given. */
  'casting.export': request<{ json: string; fileName: string; path: string | null }>()(
    z.object({ path: filePathSchema.optional() }).strict(),
  ),
  /** Applies a saved cast (its JSON, or a file) to this project's characters by name and alias. */
  'casting.import': request<CastImport>()(
    z.union([z.object({ json: z.string().min(2).max(MAX_CAST_FILE) }).strict(), z.object({ path: filePathSchema }).strict()]),
  ),

  'lexicon.list': request<LexiconEntryView[]>()(emptyInput),
  /** Adds a pronunciation, or replaces the one the lexicon has for the same word. */
  'lexicon.add': request<LexiconEntryView>()(lexiconEntryInput),
  'lexicon.update': request<LexiconEntryView>()(lexiconEntryInput.extend({ id })),
  'lexicon.remove': request<{ id: number }>()(z.object({ id }).strict()),
  'lexicon.importPls': request<LexiconImportReport>()(
    z
      .object({
        bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_LEXICON_BYTES, 'a PLS file of at most 10 MB'),
        mode: z.enum(['merge', 'replace']).default('merge'),
      })
      .strict(),
  ),
  'lexicon.exportPls': request<{ fileName: string; bytes: Uint8Array }>()(emptyInput),
  /** Reads the PLS lexicons and the `ssml:ph` pronunciations of the project's EPUB into the lexicon. */
  'lexicon.importBook': request<BookLexiconImport>()(z.object({ mode: z.enum(['merge', 'replace']).default('merge') }).strict()),

  /** One line as it will be heard: its voice, the lexicon, the book's own pronunciations. */
  'audition.segment': request<AuditionClip>()(z.object({ segmentId: id }).strict()),
  /** A character's sample line, in their voice or in `choice` (to try a voice before choosing it). */
  'audition.sample': request<AuditionClip>()(z.object({ characterId: id, choice: voiceChoiceSchema.optional() }).strict()),
  /**
   * A pronunciation, heard in place: the first line of the book that has the word, cut to its
   * sentence, said with `entry` in the lexicon (saved or not); the word alone when the book lacks it.
   */
  'audition.word': request<AuditionClip>()(z.object({ entry: lexiconEntryInput }).strict()),
  /**
   * Synthesises the first `count` lines of a chapter as a `synthesize` job, so that `audition.preview`
   * then plays them at once.
   */
  'audition.startPreview': request<{ jobId: string }>()(
    z.object({ chapterId: chapterIdSchema, count: z.number().int().min(1).max(200).default(12) }).strict(),
  ),
  /** The first `count` lines of a chapter as one clip (synthesising what the cache lacks). */
  'audition.preview': request<AuditionClip>()(
    z.object({ chapterId: chapterIdSchema, count: z.number().int().min(1).max(200).default(12) }).strict(),
  ),
} as const;
