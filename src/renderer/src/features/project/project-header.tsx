import type { ReactNode } from 'react';
import { ErrorMessage } from '../../ui/error-message';
import { CloseProjectButton } from './close-project-button';
import { ProjectWarnings } from './project-warnings';
import { useProjectStore } from './project-store';
import './project.css';

const FORMAT_NAMES: Record<string, string> = {
  epub: 'EPUB',
  pdf: 'PDF',
  docx: 'Word',
  markdown: 'Markdown',
  text: 'Plain text',
  html: 'HTML',
};

/** The book's title and source, the editor's toolbar (`children`), and closing the project. */
export function ProjectHeader({ children }: { children?: ReactNode }) {
  const book = useProjectStore((s) => s.project?.book);
  const sourceName = useProjectStore((s) => s.project?.sourceName);
  const error = useProjectStore((s) => s.error);
  if (!book) return null;
  return (
    <header className="project-header">
      <div className="project-header__titles">
        <h1 className="project-header__title">{book.title || 'Untitled'}</h1>
        <p className="project-header__meta">
          {book.author && <span>{book.author}</span>}
          <span>{FORMAT_NAMES[book.format] ?? book.format}</span>
          {sourceName && <span className="project-header__source">{sourceName}</span>}
        </p>
      </div>
      {children}
      <ProjectWarnings />
      <CloseProjectButton />
      {error && (
        <div className="project-header__error">
          <ErrorMessage error={error} onDismiss={useProjectStore.getState().dismissError} />
        </div>
      )}
    </header>
  );
}
