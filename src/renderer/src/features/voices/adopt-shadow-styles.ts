/**
 * wavesurfer.js styles its shadow DOM with an inline `<style>`, which the studio's Content Security
 * Policy (`style-src 'self'`) refuses. The same rules are adopted as a constructed style sheet,
 * which the policy allows, so the waveform is laid out without loosening the policy for anything else.
 */
export function adoptShadowStyles(inside: Element): void {
  const root = inside.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const css = [...root.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  if (!css.trim()) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
