import { useRef, type ReactNode } from 'react';

interface OpenFileButtonProps {
  children: ReactNode;
  /** What the file chooser offers. */
  accept: string;
  /** The hidden file input's name, for assistive technology and tests. */
  inputLabel: string;
  onFile: (file: File) => void;
}

/**
 * A button that opens the file chooser, through a hidden file input beside it. The input is emptied
 * after each choice, so choosing the same file again is seen.
 */
export function OpenFileButton({ children, accept, inputLabel, onFile }: OpenFileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button button--small" onClick={() => inputRef.current?.click()}>
        {children}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
