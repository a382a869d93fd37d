import { useHistoryStore } from './history-store';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'Cmd' : 'Ctrl';

/** Undo and redo, labelled with what they would do. */
export function HistoryButtons() {
  const state = useHistoryStore((s) => s.state);
  const undoTitle = state.undoLabel ? `Undo: ${state.undoLabel} (${MOD}+Z)` : 'Nothing to undo';
  const redoTitle = state.redoLabel ? `Redo: ${state.redoLabel} (${MOD}+Shift+Z)` : 'Nothing to redo';
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <button
        type="button"
        className="button button--small"
        disabled={!state.canUndo}
        aria-label={undoTitle}
        title={undoTitle}
        onClick={() => void useHistoryStore.getState().undo()}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!state.canRedo}
        aria-label={redoTitle}
        title={redoTitle}
        onClick={() => void useHistoryStore.getState().redo()}
      >
        ↷ Redo
      </button>
    </div>
  );
}
