import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveFfmpeg, resolveFfprobe } from '../../media/resolve-ffmpeg';
import { ProjectSession } from '../../project/project-session';
import { EngineSet } from '../../voices/engines/engine-set';
import { FolderModelStore } from '../../voices/engines/model-store';
import { espeakVersion } from '../../voices/segment-audio/model-version';
import { SegmentAudio, type SpeechRequest, type Synthesize } from '../../voices/segment-audio/segment-audio';
import { DEFAULT_PAUSES } from '../../../shared/render';
import type { RenderEnvironment, RenderRequest } from '../render-project';

const ffmpeg = resolveFfmpeg(undefined);
const ffprobe = ffmpeg ? resolveFfprobe(ffmpeg.path) : null;

export const hasFfmpeg = ffmpeg !== null && ffprobe !== null;
export const ffmpegSkipReason = 'FFmpeg and ffprobe are not installed (apt-get install ffmpeg)';

export interface CountingSynthesis {
  synthesize: Synthesize;
  /** Every request synthesised, in order. */
  requests: SpeechRequest[];
}

/** The real engines in this thread, counting every line they are asked for; `fail` makes chosen lines fail. */
export function countingSynthesis(fail?: (request: SpeechRequest) => boolean): CountingSynthesis {
  const engines = new EngineSet({ models: new FolderModelStore(mkdtempSync(join(tmpdir(), 'dramatis-models-'))) });
  const requests: SpeechRequest[] = [];
  return {
    requests,
    synthesize: async (request, signal) => {
      requests.push(request);
      if (fail?.(request)) throw new Error('the engine gave up on this line');
      return engines.synthesize({ ...request, signal });
    },
  };
}

export function segmentAudioWith(synthesize: Synthesize): SegmentAudio {
  const version = espeakVersion();
  return new SegmentAudio({ synthesize, modelVersion: () => version });
}

export function renderEnvironment(session: ProjectSession, segmentAudio: SegmentAudio, concurrency = 2): RenderEnvironment {
  if (!ffmpeg || !ffprobe) throw new Error(ffmpegSkipReason);
  return { db: session.db, projectPath: session.path, book: session.book(), segmentAudio, concurrency, ffmpegPath: ffmpeg.path, ffprobePath: ffprobe };
}

export function renderRequest(outDir: string, patch: Partial<RenderRequest> = {}): RenderRequest {
  return { formats: ['m4b'], target: 'acx', outDir, pauses: DEFAULT_PAUSES, metadata: {}, ...patch };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dramatis-${prefix}-`));
}
