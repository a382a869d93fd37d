import { z } from 'zod';
import type { ProjectSummary, ChapterDetail, ChapterSummary, RecentProject } from '../project';
import { chapterIdSchema, emptyInput, request } from './declare-request';

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

/** The app, recent projects, imports, jobs and the open project's chapters. */
export const projectRequests = {
  'app.info': request<{ version: string; transport: 'electron' | 'http'; projectsDir: string }>()(emptyInput),
  'recent.list': request<RecentProject[]>()(emptyInput),
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
  'project.current': request<ProjectSummary | null>()(emptyInput),
  'project.close': request<null>()(emptyInput),
  'project.chapter': request<ChapterDetail>()(z.object({ chapterId: chapterIdSchema }).strict()),
  'project.setChapterIncluded': request<ChapterSummary>()(
    z.object({ chapterId: chapterIdSchema, included: z.boolean() }).strict(),
  ),
} as const;

