import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared test corpus lives beside the repository (`../shared/corpus`), never inside it. */
const corpusRoot = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

export const hasCorpus = existsSync(corpusRoot);

export function corpusPath(relative: string): string {
  return corpusRoot + relative;
}

/** A corpus file's bytes, as the importers take them. */
export function readCorpus(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusPath(relative)));
}

/** Printed by tests that skip because the corpus is missing, so a skip is never silent. */
export const corpusSkipReason = `the shared corpus is missing at ${corpusRoot}`;
