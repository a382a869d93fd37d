import { useId } from 'react';
import type { SearchMatch } from '../../../../shared/script-editing';
import { ErrorMessage } from '../../ui/error-message';
import { segmentIn } from '../script/script-layout';
import { useScriptStore } from '../script/script-store';
import { excerptParts } from './match-excerpt';
import { useSearchStore } from './search-store';
import './search.css';

/** Search results across the book, and replacing them (all at once or line by line). */
export function SearchPanel() {
  const id = useId();
  const query = useSearchStore((s) => s.query);
  const replacement = useSearchStore((s) => s.replacement);
  const caseSensitive = useSearchStore((s) => s.caseSensitive);
  const wholeWord = useSearchStore((s) => s.wholeWord);
  const matches = useSearchStore((s) => s.matches);
  const searched = useSearchStore((s) => s.searched);
  const searching = useSearchStore((s) => s.searching);
  const error = useSearchStore((s) => s.error);
  const notice = useSearchStore((s) => s.notice);
  const store = useSearchStore.getState;

  return (
    <section className="panel-stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="side-panel__title">
        Search and replace
      </h2>
      <form
        className="search-panel__form"
        onSubmit={(event) => {
          event.preventDefault();
          void store().search();
        }}
      >
        <label htmlFor={`${id}-find`}>Find</label>
        <input id={`${id}-find`} className="input" type="search" value={query} onChange={(e) => store().setQuery(e.target.value)} />
        <label htmlFor={`${id}-replace`}>Replace with</label>
        <input id={`${id}-replace`} className="input" type="text" value={replacement} onChange={(e) => store().setReplacement(e.target.value)} />
        <div className="search-panel__options">
          <label>
            <input type="checkbox" checked={caseSensitive} onChange={(e) => store().setOptions({ caseSensitive: e.target.checked })} /> Match case
          </label>
          <label>
            <input type="checkbox" checked={wholeWord} onChange={(e) => store().setOptions({ wholeWord: e.target.checked })} /> Whole words
          </label>
        </div>
        <div className="search-panel__actions">
          <button type="submit" className="button button--small" disabled={!query || searching}>
            Find all
          </button>
          <button type="button" className="button button--small" disabled={matches.length === 0} onClick={() => void store().replaceAll()}>
            Replace all
          </button>
        </div>
      </form>
      <p className="panel-summary" role="status">
        {searching ? 'Searching…' : (notice ?? (searched === null ? '' : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'} for “${searched}”`))}
      </p>
      {error && <ErrorMessage error={error} onDismiss={store().dismissError} />}
      <ol className="plain-list" aria-label="Matches">
        {matches.map((match) => (
          <SearchResult key={`${match.segmentId}:${match.start}`} match={match} />
        ))}
      </ol>
    </section>
  );
}

function SearchResult({ match }: { match: SearchMatch }) {
  const text = useScriptStore((s) => segmentIn(s.layout, match.segmentId)?.text ?? null);
  const parts = excerptParts(match, text);
  return (
    <li className="search-result">
      <button type="button" className="search-result__open" onClick={() => useSearchStore.getState().jumpTo(match)}>
        {parts.before}
        {parts.match && <mark>{parts.match}</mark>}
        {parts.after}
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={`Replace in this line: ${match.excerpt}`}
        onClick={() => void useSearchStore.getState().replaceIn(match.segmentId)}
      >
        Replace
      </button>
    </li>
  );
}
