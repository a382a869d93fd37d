/**
 * Whether an IPC message comes from our own page: the main frame (never a subframe), loaded from the
 * app's renderer entry. A page that navigated elsewhere, or an injected frame, is refused.
 */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, rendererUrl: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let actual: URL;
  let expected: URL;
  try {
    actual = new URL(frame.url);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') {
    return actual.protocol === 'file:' && actual.pathname === expected.pathname;
  }
  return actual.origin === expected.origin;
}

/** Navigation inside the app window is allowed only to the renderer entry itself (a reload). */
export function isAllowedNavigation(target: string, rendererUrl: string): boolean {
  return isTrustedSender({ url: target, isMainFrame: true }, rendererUrl);
}
