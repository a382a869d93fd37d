export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Builtins that the legacy build's core-js polyfills replace for the whole thread although Node's own
 * are correct: its JavaScript `Array.prototype.push` is about 2.5 times slower than the native one and
 * its `JSON.stringify` about 4 times, which would slow every module in the process, pdf.js included
 * (a quarter of its text extraction time). The polyfills that add what Node 20 lacks
 * (`Promise.withResolvers`, `Map.prototype.getOrInsert`...) are kept: pdf.js needs them.
 */
const KEEP_NATIVE: ReadonlyArray<readonly [object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [Function.prototype, 'toString'],
];

let loading: Promise<PdfJs> | undefined;

/**
 * Loads pdf.js once per thread, with its worker code in the same thread: importing the worker module
 * sets `globalThis.pdfjsWorker`, which pdf.js then uses directly instead of resolving
 * `./pdf.worker.mjs` next to the bundle, so this works the same in the main thread, in a worker
 * thread and after bundling. Pages are spread over threads by the caller, not by pdf.js.
 *
 * pdf.js builds one `DOMMatrix` as it loads, for rendering, and in Node takes the class from the
 * optional `@napi-rs/canvas` package; without that package it would not load at all. Text extraction
 * never renders, so a stand-in class is provided for the load and removed afterwards.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const natives = KEEP_NATIVE.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
    const standIn = Reflect.has(globalThis, 'DOMMatrix') ? undefined : class DOMMatrixStandIn {};
    if (standIn) Reflect.set(globalThis, 'DOMMatrix', standIn);
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      for (const [owner, key, descriptor] of natives) {
        if (descriptor) Object.defineProperty(owner, key, descriptor);
      }
      if (standIn && Reflect.get(globalThis, 'DOMMatrix') === standIn) Reflect.deleteProperty(globalThis, 'DOMMatrix');
    }
  })();
  return loading;
}
