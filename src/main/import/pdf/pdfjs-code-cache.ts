import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** Where compiled code is kept between runs; none (the default) compiles afresh every time. */
let cacheDir: string | undefined;

export function useCodeCache(dir: string | undefined): void {
  cacheDir = dir;
}

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /**
   * Keeps the compiled code for the next run, once the bundle has done some work (the functions it ran
   * are then compiled too). Does nothing when the cache it was loaded with was valid.
   */
  saveCodeCache(): void;
}

/**
 * Loads one of pdf.js's builds, which are ES modules without imports and with one `export` list at the
 * end, as a script, so that V8 can reuse the code it compiled in an earlier run: Node 20 keeps no
 * compile cache for ES modules, and compiling pdf.js's 3 MB costs each thread about 50 ms before its
 * first page. The cache file is named by a hash of the file, its URL and the script's length, and by
 * V8's version (the file's bytes hash several times faster than the decoded script); V8 itself refuses
 * data made with other flags, and the code is then compiled as if there were no cache.
 */
export function loadBundle(path: string): LoadedBundle {
  const bytes = readFileSync(path);
  const url = pathToFileURL(path).href;
  const source = asScript(bytes.toString('utf8'), url);
  const name = basename(path);
  const dir = cacheDir;
  const file = dir === undefined ? undefined : join(dir, `${name}.${cacheKey(bytes, url, source)}.${process.versions.v8}.bin`);
  const cachedData = file === undefined ? undefined : readIfPresent(file);
  const script = new Script(source, { filename: path, cachedData });
  const factory: unknown = script.runInThisContext();
  if (typeof factory !== 'function') throw new Error(`${name} did not load as a bundle`);
  const exports: unknown = factory();
  if (typeof exports !== 'object' || exports === null) throw new Error(`${name} exported nothing`);
  let needed = dir !== undefined && file !== undefined && (cachedData === undefined || script.cachedDataRejected === true);
  return {
    exports: exports as Record<string, unknown>,
    saveCodeCache() {
      if (!needed || dir === undefined || file === undefined) return;
      needed = false;
      writeCache(dir, file, `${name}.`, script.createCachedData());
    },
  };
}

function cacheKey(bytes: Buffer, url: string, source: string): string {
  return createHash('sha256').update(bytes).update(`\0${url}\0${source.length}`).digest('hex').slice(0, 16);
}

/** The module's body in a function that returns its exports, `import.meta.url` made a literal. */
export function asScript(module: string, url: string): string {
  const at = module.lastIndexOf('\nexport {');
  const end = module.indexOf('}', at);
  // Import and export declarations elsewhere are not checked for: in a script they fail to compile.
  if (at < 0 || end < 0 || !/^;\s*(\/\/[^\n]*\s*)*$/.test(module.slice(end + 1))) {
    throw new Error('not a bundle without imports and with one export list at its end');
  }
  const exported = module
    .slice(at + '\nexport {'.length, end)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [local, as] = entry.split(/\s+as\s+/);
      return as ? `${JSON.stringify(as)}: ${local}` : `${local}`;
    });
  const body = module.slice(0, at).replaceAll('import.meta.url', JSON.stringify(url));
  return `(function () {\n"use strict";\n${body}\nreturn { ${exported.join(', ')} };\n})`;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole or not at all, and the files of other versions of the bundle are removed. */
function writeCache(dir: string, file: string, prefix: string, data: Buffer): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
    for (const other of readdirSync(dir)) {
      if (other.startsWith(prefix) && other.endsWith('.bin') && join(dir, other) !== file) rmSync(join(dir, other), { force: true });
    }
  } catch {
    // A cache that cannot be written costs the next run its speed, nothing else.
    rmSync(temp, { force: true });
  }
}
