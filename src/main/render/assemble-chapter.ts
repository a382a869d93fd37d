/**
 * Assembles one chapter into raw mono float32 files at the book's assembly rate, one file per part
 * (a chapter longer than the longest file allowed is split): room tone at the head, each segment
 * trimmed of the engine's own edge silence, the pause the text calls for, room tone at the tail. The
 * samples are written once, here; the encoders read them as they are.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { cancelled } from './ffmpeg-process';
import type { PlanSegment } from './render-plan';
import type { PauseSettings } from '../../shared/render';
import { readSegmentAudio } from './read-segment';
import { resample } from './resample';
import { ChapterTimeline } from './timeline';
import { DEFAULT_TRIM, soundRange } from './trim-silence';
import type { TimedSegment } from './captions';

export interface AssembledSegment extends TimedSegment {
  kind: PlanSegment['kind'];
  paragraphStart?: boolean;
}

export interface AssembledPart {
  /** Raw f32le mono at the assembly rate. */
  path: string;
  samples: number;
  seconds: number;
  /** Times relative to the start of this part. */
  segments: AssembledSegment[];
}

export interface AssembleOptions {
  sampleRate: number;
  pauses: PauseSettings;
  maxPartSeconds: number;
  workDir: string;
  /** File name stem for the parts inside the work folder. */
  name: string;
  signal?: AbortSignal;
  onSegment?: () => void;
}

export async function assembleChapter(segments: PlanSegment[], options: AssembleOptions): Promise<AssembledPart[]> {
  const { sampleRate, signal } = options;
  const timeline = new ChapterTimeline(sampleRate, options.pauses, options.maxPartSeconds);
  const parts: AssembledPart[] = [];
  let handle: FileHandle | null = null;
  const silence = (samples: number): Buffer => Buffer.alloc(samples * 4);
  try {
    for (const segment of segments) {
      if (signal?.aborted) throw cancelled();
      const decoded = await readSegmentAudio(segment.audio);
      const audio = resample(decoded.samples, decoded.sampleRate, sampleRate);
      const range = soundRange(audio, sampleRate, DEFAULT_TRIM);
      const kept = audio.subarray(range.start, range.end);
      const placed = timeline.place(segment, kept.length);
      if (placed.startsPart) {
        if (handle) {
          await handle.write(silence(placed.previousTail));
          await handle.close();
          handle = null;
        }
        const path = join(options.workDir, `${options.name}-${placed.part + 1}.f32`);
        handle = await open(path, 'w');
        parts.push({ path, samples: 0, seconds: 0, segments: [] });
      }
      await handle!.write(silence(placed.silenceBefore));
      await handle!.write(Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength));
      parts[placed.part]!.segments.push(timedSegment(segment, placed.start / sampleRate, placed.end / sampleRate, range.start / sampleRate));
      options.onSegment?.();
    }
    const { tail, partLengths } = timeline.finish();
    if (handle) await handle.write(silence(tail));
    partLengths.forEach((samples, i) => {
      parts[i]!.samples = samples;
      parts[i]!.seconds = samples / sampleRate;
    });
    return parts;
  } finally {
    await handle?.close();
  }
}

/** `trimmed` is how much of the segment's own head silence was cut, to move reported sentence times. */
function timedSegment(segment: PlanSegment, start: number, end: number, trimmed: number): AssembledSegment {
  const timed: AssembledSegment = { id: segment.id, text: segment.text, kind: segment.kind, paragraphStart: segment.paragraphStart, start, end };
  if (segment.sentences) {
    timed.sentences = segment.sentences.map((s) => ({
      text: s.text,
      start: s.startSeconds === undefined ? null : Math.min(end, Math.max(start, start + s.startSeconds - trimmed)),
    }));
  }
  return timed;
}
