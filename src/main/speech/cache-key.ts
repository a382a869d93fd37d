import { createHash } from 'node:crypto';
import type { VoiceRef, VoiceSettings } from '../../shared/voices';
import { lexiconKey, type LexiconEntry } from './lexicon';
import type { SpeechChunk } from './speech-text';

/** Everything that changes the sound of a synthesised line, and nothing else. */
export interface SpeechCacheInput {
  /** The normalised text, or the chunks after the lexicon (which carry pauses and phonemes too). */
  speech: string | readonly SpeechChunk[];
  voice: VoiceRef;
  settings: VoiceSettings;
  engine: string;
  /** The engine's or model's version: a new model says the same text differently. */
  modelVersion: string;
  /** The lexicon entries the text uses (`lexiconEntriesUsed`); their order does not matter. */
  lexiconEntriesUsed: readonly LexiconEntry[];
}

/** Bumped when the meaning of a key's inputs changes, so that old audio is not reused by mistake. */
const KEY_VERSION = 1;

/**
 * JSON with object keys sorted at every depth, so the same value always gives the same bytes.
 * `undefined` members are left out as JSON.stringify does; numbers that JSON cannot hold are refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
}

/**
 * The content address of synthesised audio: SHA-256 (hex) of the canonical JSON of its inputs.
 * Only what an entry says counts (not when it was made or its row id), and the entries are sorted.
 */
export function speechCacheKey(input: SpeechCacheInput): string {
  const entries = input.lexiconEntriesUsed
    .map((e) => ({ grapheme: e.grapheme, kind: e.kind, value: e.value, caseSensitive: e.caseSensitive }))
    .sort((a, b) => compare(lexiconKey(a), lexiconKey(b)) || compare(a.value, b.value) || compare(a.kind, b.kind));
  const material = {
    v: KEY_VERSION,
    speech: input.speech,
    voice: input.voice,
    settings: input.settings,
    engine: input.engine,
    modelVersion: input.modelVersion,
    lexicon: entries,
  };
  return createHash('sha256').update(canonicalJson(material)).digest('hex');
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
