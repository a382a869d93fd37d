import { PropagationPrompt } from './propagation-prompt';
import { ScriptHeading } from './script-heading';
import { ScriptLines } from './script-lines';
import { ScriptStatus } from './script-status';
import { SpeakerMenu } from './speaker-menu';
import { useScriptStore } from './script-store';
import './script-view.css';

/** The centre of the studio: the book as a script. */
export function ScriptView() {
  const empty = useScriptStore((s) => s.status === 'ready' && s.layout.rows.length === 0);
  return (
    <main className="script-view" aria-labelledby="script-heading">
      <ScriptHeading />
      <ScriptStatus />
      {empty ? <p className="script-view__empty">No chapter is read aloud yet: include one in the sidebar to see its script.</p> : <ScriptLines />}
      <PropagationPrompt />
      <SpeakerMenu />
    </main>
  );
}
