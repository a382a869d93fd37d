import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { asScript, loadBundle, useCodeCache } from './pdfjs-code-cache';

const BUNDLE = `const where = import.meta.url;
function twice(n) { return n * 2; }
class Counter { count = 0; }
export { twice, Counter as Tally, where };
${'//'}# sourceMappingURL=bundle.mjs.map
`;

function bundleFile(source = BUNDLE): string {
  const file = join(mkdtempSync(join(tmpdir(), 'dramatis-bundle-')), 'bundle.mjs');
  writeFileSync(file, source);
  return file;
}

afterEach(() => useCodeCache(undefined));

/** Loads the bundle in a new Node process with the cache folder, and has it save its code there. */
function runLoad(file: string, cache: string): { twice: number; cacheUsed: boolean } {
  const script = join(mkdtempSync(join(tmpdir(), 'dramatis-load-')), 'load.ts');
  writeFileSync(
    script,
    `import { readdirSync, statSync } from 'node:fs';
import { loadBundle, useCodeCache } from ${JSON.stringify(fileURLToPath(new URL('./pdfjs-code-cache.ts', import.meta.url)))};
const cache = ${JSON.stringify(cache)};
const state = () => readdirSync(cache).map((f) => f + statSync(cache + '/' + f).mtimeMs).join();
useCodeCache(cache);
const bundle = loadBundle(${JSON.stringify(file)});
const before = state();
bundle.saveCodeCache();
console.log(JSON.stringify({ twice: bundle.exports.twice(21), cacheUsed: before !== '' && state() === before }));
`,
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { twice: number; cacheUsed: boolean };
}

describe('asScript', () => {
  it('makes the module a function that returns its exports, with its URL in place of import.meta.url', () => {
    const script = asScript(BUNDLE, 'file:///books/bundle.mjs');
    const factory: unknown = new Function(`return ${script}`)();
    const exports = (factory as () => Record<string, unknown>)();
    expect(Object.keys(exports)).toEqual(['twice', 'Tally', 'where']);
    expect(exports.where).toBe('file:///books/bundle.mjs');
    expect((exports.twice as (n: number) => number)(21)).toBe(42);
  });

  it('refuses a module without an export list at its end', () => {
    expect(() => asScript(`${BUNDLE}\nconsole.log(1);\n`, 'file:///b.mjs')).toThrow(/not a bundle/);
    expect(() => asScript('const a = 1;\n', 'file:///b.mjs')).toThrow(/not a bundle/);
  });
});

describe('loadBundle', () => {
  // A script cannot hold import or export declarations, so V8 refuses such a module as it compiles it.
  it('refuses a module with imports or with exports before its export list', () => {
    expect(() => loadBundle(bundleFile(`import { x } from './x.mjs';\n${BUNDLE}`))).toThrow(SyntaxError);
    expect(() => loadBundle(bundleFile(`export const y = 1;\n${BUNDLE}`))).toThrow(SyntaxError);
  });

  it('runs the bundle and keeps nothing without a cache folder', () => {
    const file = bundleFile();
    const bundle = loadBundle(file);
    expect(bundle.exports.where).toBe(pathToFileURL(file).href);
    bundle.saveCodeCache();
    expect(readdirSync(join(file, '..'))).toEqual(['bundle.mjs']);
  });

  // Each load runs in a fresh process: within one, V8 reuses the code it compiled and never reads the file.
  it('keeps the compiled code once, reuses it in the next run, and replaces an invalid cache', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dramatis-code-cache-'));
    const file = bundleFile();
    expect(runLoad(file, cache)).toEqual({ twice: 42, cacheUsed: false });
    const [kept] = readdirSync(cache);
    expect(kept).toMatch(/^bundle\.mjs\.[0-9a-f]{16}\..+\.bin$/);
    const written = statSync(join(cache, kept!)).mtimeMs;

    expect(runLoad(file, cache)).toEqual({ twice: 42, cacheUsed: true });
    expect(statSync(join(cache, kept!)).mtimeMs).toBe(written);

    writeFileSync(join(cache, kept!), 'not compiled code');
    expect(runLoad(file, cache)).toEqual({ twice: 42, cacheUsed: false });
    expect(readFileSync(join(cache, kept!), 'utf8')).not.toBe('not compiled code');
    expect(runLoad(file, cache)).toEqual({ twice: 42, cacheUsed: true });
  });

  it('removes the cache of an earlier version of the same bundle when it keeps a new one', () => {
    const cache = mkdtempSync(join(tmpdir(), 'dramatis-code-cache-'));
    useCodeCache(cache);
    const file = bundleFile();
    loadBundle(file).saveCodeCache();
    const [old] = readdirSync(cache);
    writeFileSync(file, BUNDLE.replace('n * 2', 'n + n'));
    loadBundle(file).saveCodeCache();
    const now = readdirSync(cache);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old);
  });
});
