import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared test corpus lives beside the repository (`../shared/corpus`), never inside it. */
const corpusRoot = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

export const hasCorpus = existsSync(corpusRoot);

export function corpusPath(relative: string): string {
  return corpusRoot + relative;
}

/** Printed by tests that skip because the corpus is missing, so a skip is never silent. */
export const corpusSkipReason = `the shared corpus is missing at ${corpusRoot}`;
