import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { StudioError } from '../../../shared/errors';
import type { AuditionClip, ClipSegment, VoiceChoice } from '../../../shared/requests/voice-requests';
import { readScript, type SegmentRow } from '../../project/analysis-store';
import type { ProjectSession } from '../../project/project-session';
import type { LexiconEntry } from '../../speech/lexicon';
import { LexiconMatcher } from '../../speech/lexicon-matcher';
import { listLexicon } from '../../speech/lexicon-store';
import { decodeWav } from '../../render/wav';
import { encodeWav } from '../engines/wav';
import { AudioCache, audioCacheDir } from '../segment-audio/audio-cache';
import type { SegmentAudio, SegmentAudioResult } from '../segment-audio/segment-audio';
import { readSegmentVoices } from '../casting/casting-store';
import { linePhonemes } from './book-pronunciations';
import { CastVoiceMap } from './cast-voices';
import { findSegment } from './casting-service';
import { joinClips, type ClipPiece } from './join-clips';
import { lexiconWith } from './lexicon-service';
import { chooseSampleLine, introductionLine } from './sample-line';
import { findWord, sentenceAround } from './word-in-context';

/** The pause between lines of a chapter preview. */
const LINE_GAP_SECONDS = 0.35;
/** Lines scanned for a character's sample before settling for what was found. */
const SAMPLE_SCAN = 400;

interface Line {
  text: string;
  voice: VoiceChoice;
  segment: Omit<ClipSegment, 'startSample' | 'endSample'>;
  span?: { source: string | null; start: number; end: number };
}

/**
 * Audition: any line of the book, a character's sample, a pronunciation in place, the start of a
 * chapter, each as it will be rendered (the same voice, lexicon and cache as the render) and played
 * from the content-addressed cache when it was heard before.
 */
export class Audition {
  constructor(private readonly segmentAudio: SegmentAudio) {}

  async segment(session: ProjectSession, segmentId: number, signal?: AbortSignal): Promise<AuditionClip> {
    const { db } = session;
    const language = session.book().language;
    const segment = findSegment(db, segmentId);
    const line = this.lineOf(db, new CastVoiceMap(db, language), segment, readSegmentVoices(db, segment.chapterId));
    const result = await this.speak(session, line, this.lexicon(db, language), signal);
    return singleClip(result, line, line.segment.speaker ? `${line.segment.speaker}: ${quote(line.text)}` : quote(line.text));
  }

  async sample(session: ProjectSession, characterId: number, choice?: VoiceChoice): Promise<AuditionClip> {
    const { db } = session;
    const language = session.book().language;
    const character = db.prepare('SELECT id, name, narrator FROM characters WHERE id = ?').get(characterId) as { id: number; name: string; narrator: number } | undefined;
    if (!character) throw new StudioError('NOT_FOUND', `There is no character ${characterId} in this project.`);
    const narrator = character.narrator === 1;
    const text = chooseSampleLine(linesOf(db, narrator ? null : character.id)) ?? introductionLine(character.name, narrator);
    const voice = choice ?? new CastVoiceMap(db, language).forSpeaker(character.id);
    const line: Line = { text, voice, segment: { segmentId: null, text, speaker: character.name } };
    const result = await this.speak(session, line, this.lexicon(db, language));
    return singleClip(result, line, `${character.name}: ${quote(text)}`);
  }

  /** A pronunciation heard in the first sentence of the book that has the word, else the word alone. */
  async word(session: ProjectSession, draft: LexiconEntry): Promise<AuditionClip> {
    const { db } = session;
    const language = session.book().language;
    const { matcher, entry } = lexiconWith(db, draft, language);
    const voices = new CastVoiceMap(db, language);
    const found = firstLineWith(db, entry);
    const text = found ? sentenceAround(found.text, found.at) : entry.grapheme;
    const voice = found ? voices.forSegment(db, found) : voices.narrator;
    const line: Line = { text, voice, segment: { segmentId: found?.id ?? null, text, speaker: '' } };
    const result = await this.speak(session, line, matcher);
    return singleClip(result, line, `“${entry.grapheme}” ${found ? 'in the book' : 'alone (the book does not use it)'}`);
  }

  /** The first `count` lines of a chapter, synthesised side by side on the workers. */
  async preview(
    session: ProjectSession,
    chapterId: number,
    count: number,
    options: { signal?: AbortSignal; progress?: (done: number, total: number) => void; concurrency?: number } = {},
  ): Promise<AuditionClip> {
    const { db } = session;
    const language = session.book().language;
    const chapter = db.prepare('SELECT title FROM chapters WHERE id = ?').get(chapterId) as { title: string } | undefined;
    if (!chapter) throw new StudioError('NOT_FOUND', `There is no chapter ${chapterId} in this project.`);
    const voices = new CastVoiceMap(db, language);
    const overrides = readSegmentVoices(db, chapterId);
    const lines = readScript(db, chapterId)
      .slice(0, count)
      .map((s) => this.lineOf(db, voices, s, overrides));
    if (lines.length === 0) throw new StudioError('INVALID_REQUEST', `“${chapter.title}” has no lines to hear.`);
    const lexicon = this.lexicon(db, language);
    const results: SegmentAudioResult[] = new Array(lines.length);
    let next = 0;
    let done = 0;
    options.progress?.(0, lines.length);
    const worker = async (): Promise<void> => {
      while (next < lines.length) {
        const i = next++;
        results[i] = await this.speak(session, lines[i]!, lexicon, options.signal);
        options.progress?.(++done, lines.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
    const pieces: ClipPiece[] = results.map((result, i) => ({ ...readAudio(result), words: result.words, segment: lines[i]!.segment }));
    const joined = joinClips(pieces, LINE_GAP_SECONDS);
    return {
      wav: encodeWav(joined.samples, joined.sampleRate),
      sampleRate: joined.sampleRate,
      durationSeconds: joined.samples.length / joined.sampleRate,
      words: joined.words,
      segments: joined.segments,
      cached: results.every((r) => !r.synthesised),
      title: `${chapter.title || 'Untitled chapter'}, the first ${lines.length === 1 ? 'line' : `${lines.length} lines`}`,
    };
  }

  private lineOf(db: Database.Database, voices: CastVoiceMap, s: SegmentRow, overrides: Map<number, VoiceChoice>): Line {
    const speaker = s.kind === 'dialogue' && s.speakerId !== null ? speakerName(db, s.speakerId) : '';
    return {
      text: s.text,
      voice: overrides.get(s.id) ?? voices.forSpeaker(s.kind === 'dialogue' ? s.speakerId : null),
      segment: { segmentId: s.id, text: s.text, speaker },
      span: { source: s.source, start: s.start, end: s.end },
    };
  }

  private lexicon(db: Database.Database, language: string): LexiconMatcher {
    return new LexiconMatcher(listLexicon(db), language);
  }

  private speak(session: ProjectSession, line: Line, lexicon: LexiconMatcher, signal?: AbortSignal): Promise<SegmentAudioResult> {
    const language = session.book().language;
    const phonemes = line.span ? linePhonemes(session.db, line.text, line.span) : [];
    return this.segmentAudio.speak(
      { text: line.text, language, voice: line.voice.voice, settings: line.voice.settings, ...(phonemes.length > 0 ? { phonemes } : {}) },
      lexicon,
      new AudioCache(audioCacheDir(session.path)),
      signal,
    );
  }
}

function singleClip(result: SegmentAudioResult, line: Line, title: string): AuditionClip {
  const file = readFileSync(result.path);
  return {
    // A plain Uint8Array: a Buffer would cross the HTTP transport as Buffer's own JSON, not as bytes.
    wav: new Uint8Array(file.buffer, file.byteOffset, file.byteLength),
    sampleRate: result.sampleRate,
    durationSeconds: result.durationSeconds,
    words: result.words ?? [],
    segments: [{ ...line.segment, startSample: 0, endSample: result.samples }],
    cached: !result.synthesised,
    title,
  };
}

function readAudio(result: SegmentAudioResult): { samples: Float32Array; sampleRate: number } {
  if (result.samples === 0) return { samples: new Float32Array(0), sampleRate: result.sampleRate };
  return decodeWav(readFileSync(result.path));
}

const quote = (text: string): string => `“${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}”`;

function speakerName(db: Database.Database, id: number): string {
  return (db.prepare('SELECT name FROM characters WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? '';
}

/** A character's lines (the narrator's: narration) in reading order, included chapters first. */
function linesOf(db: Database.Database, characterId: number | null): string[] {
  const chapters = db.prepare('SELECT id FROM chapters ORDER BY included DESC, idx').all() as Array<{ id: number }>;
  const lines: string[] = [];
  let scanned = 0;
  for (const { id } of chapters) {
    for (const s of readScript(db, id)) {
      scanned++;
      if (characterId === null ? s.kind === 'narration' : s.kind === 'dialogue' && s.speakerId === characterId) lines.push(s.text);
    }
    if (scanned >= SAMPLE_SCAN && (lines.length > 0 || scanned >= SAMPLE_SCAN * 20)) break;
  }
  return lines;
}

/** The first line of the book (included chapters first) that says the entry's word. */
function firstLineWith(db: Database.Database, entry: LexiconEntry): { id: number; chapterId: number; speakerId: number | null; text: string; at: { start: number; end: number } } | null {
  const like = `%${entry.grapheme.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const candidates = db
    .prepare(
      `SELECT s.id, s.chapter_id AS chapterId FROM segments s JOIN chapters c ON c.id = s.chapter_id
       WHERE s.text LIKE ? ESCAPE '\\' ORDER BY c.included DESC, c.idx, s.idx LIMIT 200`,
    )
    .all(like) as Array<{ id: number; chapterId: number }>;
  for (const candidate of candidates) {
    const segment = findSegment(db, candidate.id);
    const at = findWord(segment.text, entry.grapheme, entry.caseSensitive);
    if (at) return { id: segment.id, chapterId: candidate.chapterId, speakerId: segment.kind === 'dialogue' ? segment.speakerId : null, text: segment.text, at };
  }
  return null;
}
