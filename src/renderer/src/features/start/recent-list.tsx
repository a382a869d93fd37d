import { ErrorMessage } from '../../ui/error-message';
import { RecentItem } from './recent-item';
import { useRecentStore } from './recent-store';

export function RecentList() {
  const items = useRecentStore((s) => s.items);
  const loaded = useRecentStore((s) => s.loaded);
  const loading = useRecentStore((s) => s.loading);
  const error = useRecentStore((s) => s.error);
  return (
    <section className="recent-list panel" aria-labelledby="recent-heading" aria-busy={loading}>
      <h2 id="recent-heading" className="panel__title">
        Recent projects
      </h2>
      {error && <ErrorMessage error={error} />}
      {loaded && items.length === 0 && !error && <p className="recent-list__empty">No recent projects yet.</p>}
      {items.length > 0 && (
        <ul className="recent-list__items" aria-labelledby="recent-heading">
          {items.map((item) => (
            <RecentItem key={item.path} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
