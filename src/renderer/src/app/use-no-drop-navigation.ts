import { useEffect } from 'react';

/**
 * A file dropped where nothing takes it would make the browser navigate to it, leaving the studio
 * and rendering the file itself as a page. Nothing in the studio is a navigation target.
 */
export function useNoDropNavigation(): void {
  useEffect(() => {
    const stop = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}
