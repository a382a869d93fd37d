/**
 * The one contract between the studio's UI and its engine. Every request is declared here once, with a
 * runtime schema for its input and a type for its output; both transports (Electron IPC and the
 * loopback HTTP + WebSocket server) bind the same handlers to it, and the renderer calls it through
 * `window.studio`.
 */
import { z } from 'zod';
import type { ErrorInfo } from './errors';
import type { JobEvent } from './progress';
import type { ChapterDetail, ChapterSummary, ProjectSummary, RecentProject } from './project';

/** Declares a request: the schema checks the input at runtime, `O` types the output. */
function request<O>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: undefined as unknown as O });
}

const MAX_UPLOAD_BYTES = 300 * 1024 * 1024;

/** Where a manuscript comes from: a path the engine can read, or bytes the UI read from a dropped file. */
export const manuscriptSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(1024),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_UPLOAD_BYTES, 'file too large'),
  }),
]);
export type ManuscriptSource = z.infer<typeof manuscriptSourceSchema>;

const empty = z.object({}).strict();
const chapterId = z.number().int().positive();

export const requests = {
  'app.info': request<{ version: string; transport: 'electron' | 'http'; projectsDir: string }>()(empty),
  'recent.list': request<RecentProject[]>()(empty),
  'recent.forget': request<RecentProject[]>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  /**
   * Imports a manuscript into a new project. `projectPath` is the `.dramatis` file to create; without
   * it the project goes into the projects folder under the book's title. Returns at once with the id
   * of the import job; its `completed` event means the project is open.
   */
  'import.start': request<{ jobId: string }>()(
    z
      .object({
        source: manuscriptSourceSchema,
        projectPath: z.string().min(1).max(4096).optional(),
      })
      .strict(),
  ),
  'job.cancel': request<{ cancelled: boolean }>()(z.object({ jobId: z.string().min(1).max(100) }).strict()),
  'project.open': request<ProjectSummary>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  'project.current': request<ProjectSummary | null>()(empty),
  'project.close': request<null>()(empty),
  'project.chapter': request<ChapterDetail>()(z.object({ chapterId }).strict()),
  'project.setChapterIncluded': request<ChapterSummary>()(
    z.object({ chapterId, included: z.boolean() }).strict(),
  ),
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
}
export type EventName = keyof StudioEvents;
export const EVENT_NAMES: readonly EventName[] = ['job', 'project.changed'];

/** A reply as it crosses a transport: a value or an error the user can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** Channel names for the Electron binding, declared once for main and preload. */
export const IPC_CHANNELS = {
  request: 'studio:request',
  event: 'studio:event',
  pickManuscript: 'studio:pick-manuscript',
  pickProjectPath: 'studio:pick-project-path',
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
  /** The path of a dropped file, or '' when it has none (dragged from another app). */
  pathForFile(file: File): string;
}

/** What the renderer sees as `window.studio`. */
export interface StudioApi {
  request<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestOutput<N>>;
  on<E extends EventName>(event: E, listener: (payload: StudioEvents[E]) => void): () => void;
  platform: StudioPlatform;
}
