import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ScriptSegment } from '../../../../shared/script-editing';
import { focusScript } from './focus-script';
import { useScriptStore } from './script-store';

/**
 * Edits what a line says (the source stays as it is). Enter saves, Shift+Enter splits the line at
 * the cursor, Escape cancels; the buttons do the same.
 */
export function SegmentEditor({ segment }: { segment: ScriptSegment }) {
  const [text, setText] = useState(segment.text);
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus({ preventScroll: true });
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  const close = (): void => {
    useScriptStore.getState().stopEditing();
    focusScript();
  };

  const save = async (): Promise<void> => {
    if (!text.trim()) {
      setProblem('A line needs some text; merge it with the next one instead (M).');
      return;
    }
    await useScriptStore.getState().editText(segment.id, text);
    if (useScriptStore.getState().editingId !== segment.id) focusScript();
  };

  const split = async (): Promise<void> => {
    const offset = ref.current?.selectionStart ?? 0;
    if (offset <= 0 || offset >= text.length) {
      setProblem('Put the cursor where the line should be split, inside its text.');
      return;
    }
    const store = useScriptStore.getState();
    if (text !== segment.text) {
      await store.editText(segment.id, text);
      if (useScriptStore.getState().error) return;
    }
    await store.split(segment.id, offset);
    if (useScriptStore.getState().editingId !== segment.id) focusScript();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    // The line's own keys (j, k, s, …) are letters here.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void (event.shiftKey ? split() : save());
    }
  };

  return (
    <div className="segment-editor" onClick={(event) => event.stopPropagation()}>
      <label className="visually-hidden" htmlFor={id}>
        Text of the line
      </label>
      <textarea
        id={id}
        ref={ref}
        className="segment-editor__text"
        value={text}
        rows={Math.min(12, Math.max(2, Math.ceil(text.length / 60)))}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      {problem && (
        <p id={`${id}-problem`} className="segment-editor__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="segment-editor__actions">
        <button type="button" className="button button--primary button--small" onClick={() => void save()}>
          Save <kbd>Enter</kbd>
        </button>
        <button type="button" className="button button--small" onClick={() => void split()}>
          Split at the cursor <kbd>Shift+Enter</kbd>
        </button>
        <button type="button" className="button button--quiet button--small" onClick={close}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
