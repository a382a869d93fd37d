import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { EventName, StudioEvents } from '../../../../shared/contract';
import type { JobEvent } from '../../../../shared/progress';
import { dispatchRequest } from '../../../studio/dispatch-request';
import { createHandlers, type Handlers } from '../../../studio/handlers';
import { Studio, type StudioOptions } from '../../../studio/studio';

const workerFile = fileURLToPath(new URL('../../../jobs/worker-entry.ts', import.meta.url));

export interface VoiceStudio {
  studio: Studio;
  handlers: Handlers;
  dataDir: string;
  events: Array<{ event: EventName; payload: unknown }>;
  /** A request through the contract, as a transport makes it; a refusal throws `CODE: message`. */
  call<T>(name: string, input?: unknown): Promise<T>;
  /** The job's end: completed, failed or cancelled. */
  finished(jobId: string): Promise<JobEvent>;
  /** Every `voices.changed` scope emitted so far. */
  changes(): Array<StudioEvents['voices.changed']['scope']>;
}

/** A studio as the app runs it (synthesis on a worker pool), over fresh data and projects folders. */
export function voiceStudio(options: Partial<StudioOptions> = {}): VoiceStudio {
  const root = mkdtempSync(join(tmpdir(), 'dramatis-voice-studio-'));
  const dataDir = join(root, 'data');
  const studio = new Studio({ paths: { dataDir, projectsDir: join(root, 'projects') }, transport: 'http', version: 'test', workerFile, workers: 2, ...options });
  const events: VoiceStudio['events'] = [];
  studio.events.subscribe((event, payload) => events.push({ event, payload }));
  const handlers = createHandlers(studio);
  return {
    studio,
    handlers,
    dataDir,
    events,
    async call<T>(name: string, input: unknown = {}) {
      const reply = await dispatchRequest(handlers, name, input);
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.value as T;
    },
    async finished(jobId) {
      const end = (): JobEvent | undefined =>
        events.map((e) => (e.event === 'job' ? (e.payload as JobEvent) : null)).find((e): e is JobEvent => e !== null && e.type !== 'progress' && e.jobId === jobId);
      await expect.poll(() => end() !== undefined, { timeout: 30_000 }).toBe(true);
      return end()!;
    },
    changes: () => events.filter((e) => e.event === 'voices.changed').map((e) => (e.payload as StudioEvents['voices.changed']).scope),
  };
}
