import { useEffect } from 'react';

const APP_NAME = 'Dramatis';

/** Names the window (and the browser tab) after what it shows. */
export function useDocumentTitle(subject: string | null | undefined): void {
  useEffect(() => {
    document.title = subject ? `${subject} – ${APP_NAME}` : APP_NAME;
    return () => {
      document.title = APP_NAME;
    };
  }, [subject]);
}
