import { ChapterList } from './chapter-list';
import { IncludedCount } from './included-count';
import './project.css';

export function ChapterSidebar() {
  return (
    <nav className="screen-column chapter-sidebar" aria-labelledby="chapters-heading">
      <div className="chapter-sidebar__head">
        <h2 id="chapters-heading" className="chapter-sidebar__title">
          Chapters
        </h2>
        <IncludedCount />
      </div>
      <ChapterList />
    </nav>
  );
}
