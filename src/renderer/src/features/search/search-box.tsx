import { useSearchStore } from './search-store';

export const SEARCH_FIELD_ID = 'search-field';

/** The toolbar's search field; Enter searches the book and shows the results panel. */
export function SearchBox({ onSearch }: { onSearch: () => void }) {
  const query = useSearchStore((s) => s.query);
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch();
        void useSearchStore.getState().search();
      }}
    >
      <label htmlFor={SEARCH_FIELD_ID} className="visually-hidden">
        Search the book
      </label>
      <input
        id={SEARCH_FIELD_ID}
        className="input search-box__input"
        type="search"
        placeholder="Search the book (Ctrl+F)"
        value={query}
        onChange={(event) => useSearchStore.getState().setQuery(event.target.value)}
      />
      <button type="submit" className="button button--small">
        Search
      </button>
    </form>
  );
}
