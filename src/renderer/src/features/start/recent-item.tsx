import type { RecentProject } from '../../../../shared/project';
import { useProjectStore } from '../project/project-store';
import { formatOpenedAt } from './format-opened-at';
import { useRecentStore } from './recent-store';

export function RecentItem({ item }: { item: RecentProject }) {
  const opening = useProjectStore((s) => s.openingPath);
  const title = item.title || 'Untitled';
  return (
    <li className="recent-item" aria-busy={opening === item.path || undefined}>
      <button
        type="button"
        className="recent-item__open"
        disabled={opening !== null}
        onClick={() => void useProjectStore.getState().open(item.path)}
      >
        <span className="recent-item__title">{title}</span>
        {item.author && <span className="recent-item__author">{item.author}</span>}
      </button>
      <span className="recent-item__path" title={item.path}>
        {item.path}
      </span>
      <time className="recent-item__date" dateTime={item.openedAt}>
        {formatOpenedAt(item.openedAt)}
      </time>
      <button
        type="button"
        className="button button--quiet recent-item__forget"
        aria-label={`Remove ${title} from the recent list`}
        title="Remove from the list (the project file stays)"
        onClick={() => void useRecentStore.getState().forget(item.path)}
      >
        Remove
      </button>
    </li>
  );
}
