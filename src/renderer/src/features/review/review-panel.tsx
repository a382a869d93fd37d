import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { ReviewItem } from '../../../../shared/script-editing';
import { ErrorMessage } from '../../ui/error-message';
import { useCastStore } from '../cast/cast-store';
import { reasonInWords } from './reason-in-words';
import { useReviewStore } from './review-store';
import './review.css';

/**
 * The lines the analysis was least sure of, most doubtful first. The list is one tab stop: the arrow
 * keys move, Enter shows the line in the script, R marks it reviewed (it leaves the list).
 */
export function ReviewPanel() {
  const id = useId();
  const items = useReviewStore((s) => s.items);
  const status = useReviewStore((s) => s.status);
  const error = useReviewStore((s) => s.error);
  const activeId = useReviewStore((s) => s.activeId);
  const listRef = useRef<HTMLOListElement>(null);

  // Shown again after edits elsewhere: the queue is read afresh.
  useEffect(() => {
    void useReviewStore.getState().load();
  }, []);

  const active = items.find((item) => item.segment.id === activeId) ?? items[0];

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    if (!active) return;
    const at = items.indexOf(active);
    const store = useReviewStore.getState();
    let next: ReviewItem | undefined;
    if (event.key === 'ArrowDown' || event.key === 'j') next = items[Math.min(items.length - 1, at + 1)];
    else if (event.key === 'ArrowUp' || event.key === 'k') next = items[Math.max(0, at - 1)];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      store.jumpTo(active);
      return;
    } else if (event.key === 'r') {
      event.preventDefault();
      void store.markReviewed(active.segment.id).then(() => listRef.current?.focus());
      return;
    } else return;
    event.preventDefault();
    if (next) {
      store.setActive(next.segment.id);
      store.jumpTo(next);
    }
  };

  useEffect(() => {
    if (active) document.getElementById(`${id}-${active.segment.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  return (
    <section className="panel-stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Review queue
      </h2>
      <p className="panel-summary" role="status">
        {status === 'loading' && items.length === 0
          ? 'Finding the doubtful lines…'
          : items.length === 0
            ? 'Nothing left to review.'
            : `${items.length} ${items.length === 1 ? 'line' : 'lines'} to check, least certain first. ↑↓ move, Enter shows, R marks reviewed.`}
      </p>
      {error && <ErrorMessage error={error} onDismiss={useReviewStore.getState().dismissError} />}
      {items.length > 0 && (
        <ol
          ref={listRef}
          className="plain-list review-list"
          tabIndex={0}
          role="listbox"
          aria-label="Lines to review"
          aria-activedescendant={active ? `${id}-${active.segment.id}` : undefined}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <ReviewEntry key={item.segment.id} item={item} id={`${id}-${item.segment.id}`} active={item === active} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ReviewEntry({ item, id, active }: { item: ReviewItem; id: string; active: boolean }) {
  const speaker = useCastStore((s) => (item.segment.speakerId === null ? undefined : s.byId.get(item.segment.speakerId)));
  const { segment } = item;
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'card review-item review-item--active' : 'card review-item'}
      onClick={() => useReviewStore.getState().jumpTo(item)}
    >
      <div className="review-item__head">
        <span className="review-item__speaker">{speaker?.name ?? 'Unknown speaker'}</span>
        <span className="review-item__confidence">{Math.round(segment.confidence * 100)}%</span>
        <span className="review-item__chapter">{item.chapterTitle}</span>
      </div>
      <p className="review-item__reason">{reasonInWords(segment.reason)}</p>
      <p className="review-item__context">
        <span className="review-item__around">{item.before}</span>
        <strong className="review-item__line">{segment.text}</strong>
        <span className="review-item__around">{item.after}</span>
      </p>
      <button
        type="button"
        className="button button--small"
        tabIndex={-1}
        onClick={(event) => {
          event.stopPropagation();
          void useReviewStore.getState().markReviewed(segment.id);
        }}
        aria-label={`Mark reviewed: ${segment.text}`}
      >
        Mark reviewed <kbd>R</kbd>
      </button>
    </li>
  );
}
