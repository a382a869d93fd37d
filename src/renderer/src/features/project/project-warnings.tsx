import { useProjectStore } from './project-store';

const NO_WARNINGS: string[] = [];

/** The import's non-fatal notes ("3 pages had no text layer"), out of the way until asked for. */
export function ProjectWarnings() {
  const warnings = useProjectStore((s) => s.project?.warnings ?? NO_WARNINGS);
  if (warnings.length === 0) return null;
  return (
    <details className="project-warnings">
      <summary>
        {warnings.length === 1 ? '1 note from the import' : `${warnings.length} notes from the import`}
      </summary>
      <ul className="project-warnings__list">
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </details>
  );
}
