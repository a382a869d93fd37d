/** What the file chooser offers first; the engine sniffs the real type from the bytes anyway. */
export const MANUSCRIPT_ACCEPT = '.epub,.pdf,.docx,.md,.markdown,.txt,.html,.htm,.xhtml';

const INPUT_ID = 'manuscript-file-input';

let settlePending: ((file: File | null) => void) | null = null;

/**
 * Shows the browser's file chooser through one hidden `<input type=file>` kept in the page, and
 * resolves with the chosen file, or null when the user cancels.
 */
export function pickFile(doc: Document, accept: string): Promise<File | null> {
  const input = fileInput(doc);
  input.accept = accept;
  input.value = '';
  settlePending?.(null);
  return new Promise((resolve) => {
    const settle = (file: File | null): void => {
      input.removeEventListener('change', onChange);
      input.removeEventListener('cancel', onCancel);
      if (settlePending === settle) settlePending = null;
      resolve(file);
    };
    const onChange = (): void => settle(input.files?.[0] ?? null);
    const onCancel = (): void => settle(null);
    input.addEventListener('change', onChange);
    input.addEventListener('cancel', onCancel);
    settlePending = settle;
    input.click();
  });
}

function fileInput(doc: Document): HTMLInputElement {
  const existing = doc.getElementById(INPUT_ID);
  if (existing instanceof HTMLInputElement) return existing;
  const input = doc.createElement('input');
  input.type = 'file';
  input.id = INPUT_ID;
  input.hidden = true;
  input.tabIndex = -1;
  input.setAttribute('aria-label', 'Manuscript file');
  doc.body.append(input);
  return input;
}
