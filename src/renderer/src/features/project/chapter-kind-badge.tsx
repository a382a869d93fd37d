import type { ChapterKind, MatterRole } from '../../../../shared/book';
import { chapterKindLabel, matterRoleLabel } from './chapter-kind-label';

export function ChapterKindBadge({ kind, role }: { kind: ChapterKind; role: MatterRole | null }) {
  const roleLabel = kind === 'body' ? null : matterRoleLabel(role);
  return (
    <span className={`kind-badge kind-badge--${kind}`}>
      {chapterKindLabel(kind)}
      {roleLabel && <span className="kind-badge__role"> · {roleLabel}</span>}
    </span>
  );
}
