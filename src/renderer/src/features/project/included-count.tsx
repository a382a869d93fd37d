import { useProjectStore } from './project-store';

export function IncludedCount() {
  const included = useProjectStore((s) => s.project?.chapters.filter((c) => c.included).length ?? 0);
  const total = useProjectStore((s) => s.project?.chapters.length ?? 0);
  return (
    <p className="included-count" role="status">
      {included} of {total} {total === 1 ? 'chapter' : 'chapters'} included
    </p>
  );
}
