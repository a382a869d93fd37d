import type { FailedSegment } from '../../shared/requests/render-requests';
import type { AudioCache } from '../voices/segment-audio/audio-cache';
import type { PreparedSpeech } from '../voices/segment-audio/prepare-speech';
import type { SegmentAudio, SegmentAudioResult } from '../voices/segment-audio/segment-audio';
import type { PauseGate } from './pause-gate';
import { itemLabel, type RenderItem } from './render-chapters';
import type { ItemRef, RenderedAudio, RenderStateStore } from './render-state-store';
import { runWorkQueue } from './work-queue';

/** An item with its speech prepared, and where it belongs. */
export interface PreparedItem {
  item: RenderItem;
  chapterTitle: string;
  prepared: PreparedSpeech;
}

export interface SynthesisOutcome {
  /** Audio of every item that has some, by cache key. */
  audio: Map<string, SegmentAudioResult>;
  failed: FailedSegment[];
  /** Items synthesised now (the rest were in the cache). */
  synthesised: number;
}

export interface SynthesisOptions {
  segmentAudio: SegmentAudio;
  cache: AudioCache;
  state: RenderStateStore;
  gate: PauseGate;
  signal: AbortSignal;
  concurrency: number;
  /** Items ready so far out of all, and the chapter being synthesised. */
  progress(done: number, total: number, chapterTitle: string): void;
  attempts?: number;
  retryDelayMs?: number;
}

/**
 * Gets the audio of every item: from the cache when it is there (recorded in the render state in one
 * go), otherwise synthesised on the worker pool, each recorded as soon as it is stored, so a kill
 * loses at most the items under way. An item that fails after its retries is reported by chapter and
 * first words; the others carry on.
 */
export async function synthesiseItems(items: readonly PreparedItem[], options: SynthesisOptions): Promise<SynthesisOutcome> {
  const { segmentAudio, cache, state } = options;
  // Identical lines ("Yes.") share one audio: they are fetched or synthesised once, as a group.
  const groups = new Map<string, PreparedItem[]>();
  for (const entry of items) {
    const group = groups.get(entry.prepared.key);
    if (group) group.push(entry);
    else groups.set(entry.prepared.key, [entry]);
  }

  const audio = new Map<string, SegmentAudioResult>();
  const known = state.renderedAudio();
  const missing: PreparedItem[][] = [];
  const fresh: Array<{ item: ItemRef; audio: RenderedAudio }> = [];
  for (const group of groups.values()) {
    const hit = segmentAudio.cached(group[0]!.prepared, cache);
    if (!hit) {
      missing.push(group);
      continue;
    }
    audio.set(hit.key, hit);
    for (const { item } of group) {
      if (storedKey(known, item.ref) !== hit.key) fresh.push({ item: item.ref, audio: rendered(hit) });
    }
  }
  state.recordMany(fresh);

  const total = items.length;
  let done = total - missing.reduce((n, group) => n + group.length, 0);
  const failed: FailedSegment[] = [];
  let synthesised = 0;
  options.progress(done, total, missing[0]?.[0]?.chapterTitle ?? '');

  await runWorkQueue(missing, {
    concurrency: options.concurrency,
    gate: options.gate,
    signal: options.signal,
    attempts: options.attempts ?? 3,
    retryDelayMs: options.retryDelayMs,
    work: (group, signal) => segmentAudio.audio(group[0]!.prepared, cache, signal),
    done: (group, result) => {
      audio.set(result.key, result);
      if (result.synthesised) synthesised++;
      state.recordMany(group.map(({ item }) => ({ item: item.ref, audio: rendered(result) })));
      done += group.length;
      options.progress(done, total, group[0]!.chapterTitle);
    },
    failed: (group, error) => {
      for (const { item, chapterTitle } of group) {
        failed.push({
          chapterId: item.chapterId,
          chapterTitle,
          segmentId: item.ref.kind === 'segment' ? item.ref.segmentId : null,
          label: itemLabel(item),
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      done += group.length;
      options.progress(done, total, group[0]!.chapterTitle);
    },
  });
  return { audio, failed, synthesised };
}

function storedKey(known: ReturnType<RenderStateStore['renderedAudio']>, ref: ItemRef): string | undefined {
  if (ref.kind === 'segment') return known.segments.get(ref.segmentId)?.key;
  if (ref.kind === 'title') return known.titles.get(ref.chapterId)?.key;
  return undefined;
}

function rendered(audio: SegmentAudioResult): RenderedAudio {
  return { key: audio.key, samples: audio.samples, sampleRate: audio.sampleRate };
}
