/** The theme's colours for the waveform canvas, which cannot read CSS variables itself. */
export function waveColours(element: Element): { waveColor: string; progressColor: string; cursorColor: string } {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    waveColor: read('--color-border', '#999'),
    progressColor: read('--color-accent', '#555'),
    cursorColor: read('--color-text', '#000'),
  };
}

/** Calls `listener` when the light or dark theme changes; returns the way to stop. */
export function onThemeChange(listener: () => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
