import { createRequire } from 'node:module';
import { loadBundle, type LoadedBundle } from './pdfjs-code-cache';

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

/**
 * What pdf.js touches as it loads for rendering and fetching, neither of which text extraction does.
 * In Node it takes `DOMMatrix`, `ImageData` and `Path2D` from the optional `@napi-rs/canvas` package
 * (and would not load at all without a `DOMMatrix`), and it polyfills `Response.prototype.bytes`:
 * merely reading Node's `Response` loads its whole fetch implementation. Stand-ins for the load save
 * each thread about 60 ms and the process the 20 MB of the canvas library, which is then not loaded.
 */
const STAND_INS: ReadonlyArray<readonly [string, unknown]> = [
  ['DOMMatrix', class DOMMatrixStandIn {}],
  ['ImageData', class ImageDataStandIn {}],
  ['Path2D', class Path2DStandIn {}],
  ['Response', class ResponseStandIn {
    bytes(): never {
      throw new Error('pdf.js fetched while loading');
    }
  }],
];
const CANVAS_PACKAGE = '@napi-rs/canvas';

let loading: Promise<PdfJs> | undefined;
let bundles: LoadedBundle[] = [];

/**
 * Loads pdf.js once per thread, with its worker code in the same thread: loading the worker bundle
 * sets `globalThis.pdfjsWorker`, which pdf.js then uses directly instead of resolving
 * `./pdf.worker.mjs` next to the bundle, so this works the same in the main thread, in a worker
 * thread and after bundling. Pages are spread over threads by the caller, not by pdf.js. Both
 * bundles load through `loadBundle`, which can reuse the code compiled in an earlier run.
 */
export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const natives = KEEP_NATIVE.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)] as const);
    const replaced = STAND_INS.map(([name, standIn]) => [name, standIn, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const [name, standIn] of replaced) Object.defineProperty(globalThis, name, { value: standIn, configurable: true, writable: true });
    const getBuiltinModule = process.getBuiltinModule;
    process.getBuiltinModule = withoutCanvas(getBuiltinModule);
    try {
      const resolve = createRequire(import.meta.url).resolve;
      const api = loadBundle(resolve('pdfjs-dist/legacy/build/pdf.mjs'));
      bundles = [api, loadBundle(resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'))];
      if (!isPdfJs(api.exports)) throw new Error('pdfjs-dist/legacy/build/pdf.mjs is not the pdf.js API');
      return api.exports;
    } finally {
      process.getBuiltinModule = getBuiltinModule;
      for (const [owner, key, descriptor] of natives) {
        if (descriptor) Object.defineProperty(owner, key, descriptor);
      }
      for (const [name, , descriptor] of replaced) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else Reflect.deleteProperty(globalThis, name);
      }
    }
  })();
  return loading;
}

/** Keeps pdf.js's compiled code for the next run, when it has read some pages (see `useCodeCache`). */
export function savePdfjsCodeCache(): void {
  for (const bundle of bundles) bundle.saveCodeCache();
}

function isPdfJs(exports: Record<string, unknown>): exports is Record<string, unknown> & PdfJs {
  return typeof exports.getDocument === 'function' && typeof exports.version === 'string';
}

/** `process.getBuiltinModule` whose `module.createRequire` gives an empty canvas package. */
function withoutCanvas(getBuiltinModule: typeof process.getBuiltinModule): typeof process.getBuiltinModule {
  return ((id: string) => {
    const builtin: unknown = getBuiltinModule(id);
    if (id !== 'module' && id !== 'node:module') return builtin;
    const moduleApi = builtin as typeof import('node:module');
    const createRequire = (path: string | URL): NodeJS.Require => {
      const require = moduleApi.createRequire(path);
      return Object.assign((request: string): unknown => (request === CANVAS_PACKAGE ? {} : require(request)), require);
    };
    return { ...moduleApi, createRequire };
  }) as typeof process.getBuiltinModule;
}
