import { useDocumentTitle } from '../../lib/use-document-title';
import { ChapterSidebar } from './chapter-sidebar';
import { ChapterView } from './chapter-view';
import { ProjectHeader } from './project-header';
import { useProjectStore } from './project-store';
import './project-screen.css';

export function ProjectScreen() {
  useDocumentTitle(useProjectStore((s) => s.project?.book.title));
  return (
    <div className="project-screen">
      <ProjectHeader />
      <ChapterSidebar />
      <ChapterView />
    </div>
  );
}
