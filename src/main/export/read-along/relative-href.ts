/**
 * The URL from the file at `from` to the file at `to`, both entry names inside the EPUB (forward
 * slashes, no leading slash), each step percent-encoded.
 */
export function relativeHref(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toSteps = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toSteps.length - 1 && fromDirs[common] === toSteps[common]) common++;
  const up = fromDirs.slice(common).map(() => '..');
  // encodeURIComponent also escapes `:`, so no first step can read as a URL scheme.
  return [...up, ...toSteps.slice(common)].map((step) => (step === '..' ? step : encodeURIComponent(step))).join('/');
}
