import { z } from 'zod';
import { GENDERS, SEGMENT_KINDS } from '../script';
import type {
  CastMember,
  ChapterScript,
  CharacterStats,
  HistoryState,
  ReviewItem,
  ScriptChange,
  SearchMatch,
  SourceDocument,
} from '../script-editing';
import { chapterIdSchema, emptyInput, request } from './declare-request';

const id = z.number().int().positive();
const segmentId = id;
const characterId = id;
const name = z.string().trim().min(1).max(200);
const colour = z.string().regex(/^#[0-9a-f]{6}$/i);
const searchQuery = z
  .object({
    query: z.string().min(1).max(1000),
    caseSensitive: z.boolean().default(false),
    wholeWord: z.boolean().default(false),
  })
  .strict();

/** Reading and editing the script and the cast. Every edit is one transaction and one undo step. */
export const scriptRequests = {
  'script.chapter': request<ChapterScript>()(z.object({ chapterId: chapterIdSchema }).strict()),
  /** The script of every included chapter, for the whole-book view. */
  'script.book': request<ChapterScript[]>()(emptyInput),
  'script.setSpeaker': request<ScriptChange>()(
    z
      .object({
        segmentId,
        speaker: z.union([
          z.object({ characterId }).strict(),
          z.object({ newCharacter: name, gender: z.enum(GENDERS).default('unknown') }).strict(),
        ]),
      })
      .strict(),
  ),
  /** Re-runs turn-taking after a fixed line for the rest of its conversation. */
  'script.propagate': request<ScriptChange>()(z.object({ segmentId }).strict()),
  'script.editText': request<ScriptChange>()(z.object({ segmentId, text: z.string().min(1).max(100_000) }).strict()),
  /** Splits a segment at an offset into its text; both halves keep the speaker. */
  'script.split': request<ScriptChange>()(z.object({ segmentId, offset: z.number().int().positive() }).strict()),
  /** Merges a segment with the one after it in the same chapter. */
  'script.mergeNext': request<ScriptChange>()(z.object({ segmentId }).strict()),
  'script.setKind': request<ScriptChange>()(z.object({ segmentId, kind: z.enum(SEGMENT_KINDS) }).strict()),
  'script.setSceneBreak': request<ScriptChange>()(z.object({ segmentId, sceneBreak: z.boolean() }).strict()),
  'script.setReviewed': request<ScriptChange>()(z.object({ segmentId, reviewed: z.boolean() }).strict()),
  /** Unreviewed dialogue below the threshold, lowest confidence first. */
  'script.reviewQueue': request<ReviewItem[]>()(
    z.object({ threshold: z.number().min(0).max(1).default(0.75), limit: z.number().int().positive().max(5000).default(500) }).strict(),
  ),
  /** Matches in the included chapters, in book order; at most 10,000. */
  'script.search': request<SearchMatch[]>()(searchQuery),
  /** Replaces every match (or only those in `segmentIds`) as one undo step. */
  'script.replace': request<ScriptChange>()(
    searchQuery.extend({ replacement: z.string().max(1000), segmentIds: z.array(segmentId).max(100_000).optional() }),
  ),
  /** Lines and words count the included chapters only (what the audiobook reads). */
  'script.stats': request<CharacterStats[]>()(emptyInput),
  'cast.list': request<CastMember[]>()(emptyInput),
  'cast.create': request<ScriptChange>()(z.object({ name, gender: z.enum(GENDERS).default('unknown') }).strict()),
  'cast.update': request<ScriptChange>()(
    z
      .object({
        characterId,
        name: name.optional(),
        aliases: z.array(name).max(100).optional(),
        gender: z.enum(GENDERS).optional(),
        colour: colour.optional(),
      })
      .strict(),
  ),
  /** Moves every line and alias of `fromId` to `intoId` and removes `fromId`. */
  'cast.merge': request<ScriptChange>()(z.object({ fromId: characterId, intoId: characterId }).strict()),
  /** Creates a new character and moves the given lines (and aliases) of an existing one to it. */
  'cast.split': request<ScriptChange>()(
    z
      .object({
        characterId,
        name,
        segmentIds: z.array(segmentId).max(100_000).default([]),
        aliases: z.array(name).max(100).default([]),
      })
      .strict(),
  ),
  'history.state': request<HistoryState>()(emptyInput),
  /** INVALID_REQUEST when there is nothing to undo (or redo): check `HistoryState` first. */
  'history.undo': request<ScriptChange>()(emptyInput),
  'history.redo': request<ScriptChange>()(emptyInput),
  'project.source': request<SourceDocument>()(emptyInput),
} as const;
