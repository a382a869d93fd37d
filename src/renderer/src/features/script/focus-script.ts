/** The id of the script view's list of lines, the element that holds the keyboard focus. */
export const SCRIPT_LINES_ID = 'script-lines';

export function segmentElementId(segmentId: number): string {
  return `segment-${segmentId}`;
}

/** Gives the keyboard back to the script view (after the speaker menu or the editor closes). */
export function focusScript(): void {
  document.getElementById(SCRIPT_LINES_ID)?.focus({ preventScroll: true });
}
