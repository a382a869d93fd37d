import type { RequestInput, RequestName, RequestOutput } from '../../../shared/contract';
import type { ScriptChange } from '../../../shared/script-editing';
import { studio } from '../platform/studio';
import { createEchoFilter } from './echo-filter';

/** The requests that edit the script or the cast: each answers with a `ScriptChange`. */
export type EditRequestName = { [N in RequestName]: RequestOutput<N> extends ScriptChange ? N : never }[RequestName];

type ChangeListener = (change: ScriptChange) => void;
type ForeignListener = (chapterIds: number[]) => void;

/**
 * The one road for edits. Every store that edits (script, cast, review, search, history) sends its
 * edit through `runEdit`, and every store that shows a part of the script hears the result, so an
 * edit made in the cast panel shows in the script view without a refetch. Changes made elsewhere
 * (another window, a job) arrive as `script.changed` events; those this window caused are dropped.
 */
export interface ScriptChanges {
  runEdit<N extends EditRequestName>(name: N, input: RequestInput<N>): Promise<ScriptChange>;
  /** A change this window made. */
  onChange(listener: ChangeListener): () => void;
  /** Chapters (and the cast) changed elsewhere: re-read them. */
  onForeignChange(listener: ForeignListener): () => void;
  /** The engine's `script.changed` event. */
  receiveEvent(chapterIds: number[]): void;
}

export function createScriptChanges(): ScriptChanges {
  const changeListeners = new Set<ChangeListener>();
  const foreignListeners = new Set<ForeignListener>();
  const echoes = createEchoFilter();
  const foreign = (ids: number[]): void => {
    for (const listener of foreignListeners) listener(ids);
  };
  const subscribe = <L>(set: Set<L>, listener: L): (() => void) => {
    set.add(listener);
    return () => void set.delete(listener);
  };

  return {
    async runEdit(name, input) {
      echoes.begin();
      let change: ScriptChange | null = null;
      try {
        change = (await studio().request(name, input)) as ScriptChange;
        for (const listener of changeListeners) listener(change);
        return change;
      } finally {
        const due = echoes.end(change ? change.chapters.map((c) => c.chapterId) : null);
        for (const ids of due) foreign(ids);
      }
    },
    onChange: (listener) => subscribe(changeListeners, listener),
    onForeignChange: (listener) => subscribe(foreignListeners, listener),
    receiveEvent(chapterIds) {
      if (echoes.event(chapterIds) === 'foreign') foreign(chapterIds);
    },
  };
}

/** The window's edits. */
export const scriptChanges: ScriptChanges = createScriptChanges();
