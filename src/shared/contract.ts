/**
 * The one contract between the studio's UI and its engine. Every request is declared here once, with a
 * runtime schema for its input and a type for its output; both transports (Electron IPC and the
 * loopback HTTP + WebSocket server) bind the same handlers to it, and the renderer calls it through
 * `window.studio`.
 */
import { z } from 'zod';
import type { ErrorInfo } from './errors';
import type { JobEvent } from './progress';
import { projectRequests, type ManuscriptSource } from './requests/project-requests';
import { renderRequests } from './requests/render-requests';
import { scriptRequests } from './requests/script-requests';
import { settingsRequests } from './requests/settings-requests';
import { voiceRequests } from './requests/voice-requests';

export { manuscriptSourceSchema, type ManuscriptSource } from './requests/project-requests';

/**
 * Every request, one map per domain. A domain's requests live in its own file under `requests/`;
 * this map is what both transports bind.
 */
export const requests = {
  ...projectRequests,
  ...scriptRequests,
  ...settingsRequests,
  ...renderRequests,
  ...voiceRequests,
} as const;

export type Requests = typeof requests;
export type RequestName = keyof Requests;
export type RequestInput<N extends RequestName> = z.input<Requests[N]['input']>;
export type ParsedInput<N extends RequestName> = z.output<Requests[N]['input']>;
export type RequestOutput<N extends RequestName> = Requests[N]['output'];

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requests, name);
}

/** Events pushed from the engine to every open window. */
export interface StudioEvents {
  job: JobEvent;
  'project.changed': { path: string | null };
  /** Another window (or a job) changed these chapters' scripts or the cast. */
  'script.changed': { chapterIds: number[] };
  /** The cast's voices, the lexicon or the installed voices changed (in another window, or by a job). */
  'voices.changed': { scope: 'cast' | 'lexicon' | 'library' };
}
export type EventName = keyof StudioEvents;
export const EVENT_NAMES: readonly EventName[] = ['job', 'project.changed', 'script.changed', 'voices.changed'];

/** A reply as it crosses a transport: a value or an error the user can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Channel names for the Electron binding, declared once for main and preload. */
export const IPC_CHANNELS = {
  request: 'studio:request',
  event: 'studio:event',
  pickManuscript: 'studio:pick-manuscript',
  pickProjectPath: 'studio:pick-project-path',
  pickFolder: 'studio:pick-folder',
} as const;

/** HTTP routes for the browser-mode binding, declared once for server and web client. */
export const HTTP_ROUTES = {
  request: '/api/request/',
  events: '/api/events',
} as const;

/** Things only the platform can do (native dialogs, dropped file paths); not engine requests. */
export interface StudioPlatform {
  kind: 'electron' | 'browser';
  /** Shows a file chooser; resolves to null when the user cancels. */
  pickManuscript(): Promise<ManuscriptSource | null>;
  /** Asks where to create the project; null means "the default location". */
  pickProjectPath(suggestedName: string): Promise<string | null>;
  /**
   * Shows a folder chooser starting at `defaultPath` ('' for the projects folder); null when the user
   * cancels. Null itself where the platform has no folder dialog that yields a path (a browser tab).
   */
  pickFolder: ((defaultPath: string) => Promise<string | null>) | null;
  /** A dropped file as a manuscript source (its path in Electron, its bytes in a browser). */
  sourceForFile(file: File): Promise<ManuscriptSource>;
}

/**
 * What the Electron preload exposes as `window.studioBridge`. Class instances (a StudioError) do not
 * survive the context bridge, so replies cross as plain `Reply` objects and the renderer turns them
 * into the `StudioApi` below.
 */
export interface StudioBridge {
  invoke(name: RequestName, input: unknown): Promise<Reply<unknown>>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  pickManuscript(): Promise<string | null>;
  pickProjectPath(suggestedName: string): Promise<string | null>;
  pickFolder(defaultPath: string): Promise<string | null>;
  /** The path of a dropped file, or '' when it has none (dragged from another app). */
  pathForFile(file: File): string;
}

/** What the renderer sees as `window.studio`. */
export interface StudioApi {
  request<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestOutput<N>>;
  on<E extends EventName>(event: E, listener: (payload: StudioEvents[E]) => void): () => void;
  platform: StudioPlatform;
}
