import { readFileSync } from 'node:fs';
import { StudioError } from '../../../../shared/errors';

/**
 * Kokoro's phoneme vocabulary, symbol to id: `vocab` in hexgrad's `config.json`, or `model.vocab`
 * in the onnx-community `tokenizer.json`.
 */
export function readKokoroVocab(path: string): Map<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new StudioError('CORRUPT_FILE', `The Kokoro vocabulary ${path} is not readable JSON. Reinstall the model.`);
  }
  const root = (parsed ?? {}) as { vocab?: unknown; model?: { vocab?: unknown } };
  const vocab = root.vocab ?? root.model?.vocab;
  if (typeof vocab !== 'object' || vocab === null) throw new StudioError('CORRUPT_FILE', `The Kokoro vocabulary ${path} has no vocab. Reinstall the model.`);
  const entries = Object.entries(vocab).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isInteger(e[1]));
  if (entries.length === 0) throw new StudioError('CORRUPT_FILE', `The Kokoro vocabulary ${path} is empty. Reinstall the model.`);
  return new Map(entries);
}

/** Token ids of a phoneme string; symbols outside the vocabulary are left out, as Kokoro's tokenizer does. */
export function kokoroTokens(phonemes: string, vocab: ReadonlyMap<string, number>): number[] {
  const ids: number[] = [];
  for (const symbol of phonemes) {
    const id = vocab.get(symbol);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}
