import type { ChapterSummary } from '../../../../shared/project';

/** The chapter to show when a project opens: the first one read aloud, else the first body, else the first. */
export function defaultChapterId(chapters: readonly ChapterSummary[]): number | null {
  const chosen =
    chapters.find((c) => c.kind === 'body' && c.included) ?? chapters.find((c) => c.kind === 'body') ?? chapters[0];
  return chosen?.id ?? null;
}
