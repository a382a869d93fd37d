import type { BookMeta, ChapterKind, Emphasis, MatterRole } from './book';

export interface ChapterSummary {
  id: number;
  index: number;
  title: string;
  kind: ChapterKind;
  role: MatterRole | null;
  included: boolean;
  wordCount: number;
  paragraphCount: number;
}

export interface ProjectSummary {
  path: string;
  book: BookMeta;
  sourceName: string;
  chapters: ChapterSummary[];
  warnings: string[];
}

export interface ParagraphView {
  id: number;
  index: number;
  text: string;
  start: number;
  end: number;
  source: string | null;
  emphasis: Emphasis[];
  sceneBreakBefore: boolean;
}

export interface ChapterDetail extends ChapterSummary {
  paragraphs: ParagraphView[];
}

export interface RecentProject {
  path: string;
  title: string;
  author: string;
  openedAt: string;
}
