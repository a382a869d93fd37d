/** Writes a small book of speech-like segment WAVs and the plan that renders it, for the FFmpeg tests. */
import { join } from 'node:path';
import { DEFAULT_PAUSES, type LoudnessTargetId, type PauseSettings } from '../../../shared/render';
import { DEFAULT_ROOM_TONE, type PlanChapter, type PlanSegment, type RenderPlan } from '../render-plan';
import { writeSpeechLikeWav, type SpeechLikeOptions } from './speech-like';

export interface TestSegment {
  kind?: PlanSegment['kind'];
  speakerId?: string | null;
  paragraphStart?: boolean;
  sceneBreakBefore?: boolean;
  text?: string;
  /** Multiple of 0.5 s. */
  seconds: number;
}

export interface TestChapter {
  title: string;
  kind?: PlanChapter['kind'];
  sampleRate: number;
  rmsDb: number;
  accentDb?: number;
  segments: TestSegment[];
}

export interface WrittenBook {
  plan: RenderPlan;
  /** The generator settings of every segment, by id, to compute the expected timings. */
  audio: Map<string, SpeechLikeOptions>;
}

export const TEST_PAD_SECONDS = 0.1;

export function writeTestBook(dir: string, chapters: TestChapter[], target: LoudnessTargetId = 'acx', pauses: PauseSettings = DEFAULT_PAUSES): WrittenBook {
  const audio = new Map<string, SpeechLikeOptions>();
  let n = 0;
  const segmentsOf = (chapter: Pick<TestChapter, 'sampleRate' | 'rmsDb' | 'accentDb'>, list: TestSegment[], prefix: string): PlanSegment[] =>
    list.map((s, i) => {
      n++;
      const id = `${prefix}-${i + 1}`;
      const options: SpeechLikeOptions = { sampleRate: chapter.sampleRate, soundSeconds: s.seconds, padSeconds: TEST_PAD_SECONDS, rmsDb: chapter.rmsDb, pitch: [120, 140, 160, 200][n % 4]!, accentDb: chapter.accentDb };
      const path = join(dir, `${id}.wav`);
      writeSpeechLikeWav(path, options);
      audio.set(id, options);
      return {
        id,
        text: s.text ?? `Segment ${id} says something. Then it says a little more.`,
        kind: s.kind ?? 'narration',
        speakerId: s.speakerId ?? null,
        paragraphStart: s.paragraphStart ?? false,
        sceneBreakBefore: s.sceneBreakBefore ?? false,
        audio: { path, format: 'wav' as const },
      };
    });
  const planChapters = chapters.map((c, i) => ({ id: `ch${i + 1}`, title: c.title, kind: c.kind ?? ('body' as const), segments: segmentsOf(c, c.segments, `ch${i + 1}`) }));
  const first = chapters[0]!;
  const credits = {
    opening: segmentsOf({ ...first, accentDb: undefined }, [{ seconds: 1 }, { seconds: 1.5 }, { seconds: 1.5 }], 'open'),
    closing: segmentsOf({ ...first, accentDb: undefined }, [{ seconds: 1.5 }, { seconds: 1 }, { seconds: 1 }, { seconds: 0.5 }], 'close'),
  };
  return {
    plan: {
      book: { title: 'The Test: A Tale', author: 'Ada Author', narrator: 'Synthetic Voice', year: '2025', description: 'A book; made = for tests.', genre: 'Fiction' },
      chapters: planChapters,
      credits,
      pauses,
      roomTone: DEFAULT_ROOM_TONE,
      target,
    },
    audio,
  };
}
