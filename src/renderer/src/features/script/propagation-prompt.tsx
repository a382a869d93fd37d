import { focusScript } from './focus-script';
import { useScriptStore } from './script-store';

/**
 * After a speaker fix that changes how the rest of the conversation alternates: an offer, not a
 * question that blocks, to re-run turn-taking from the fixed line. P accepts, Esc dismisses.
 */
export function PropagationPrompt() {
  const offer = useScriptStore((s) => s.propagation);
  if (!offer) return null;
  const lines = offer.changes === 1 ? '1 later line' : `${offer.changes} later lines`;
  return (
    <div className="propagation-prompt" role="region" aria-label="Propagate the fix">
      <p className="propagation-prompt__text" role="status">
        Re-run turn-taking from this line? It would change the speaker of {lines} in this conversation.
      </p>
      <button
        type="button"
        className="button button--primary button--small"
        onClick={() => {
          void useScriptStore.getState().propagate();
          focusScript();
        }}
      >
        Propagate <kbd>P</kbd>
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          useScriptStore.getState().dismissPropagation();
          focusScript();
        }}
      >
        Not now <kbd>Esc</kbd>
      </button>
    </div>
  );
}
