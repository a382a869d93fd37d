/** Piper's special symbols: pad between phonemes, beginning and end of a sentence. */
const PAD = '_';
const BOS = '^';
const EOS = '$';

/**
 * Phoneme ids as Piper's training made them: `^`, then every phoneme (one Unicode code point of the
 * NFD form) followed by the pad, then `$`. Phonemes the voice does not know are left out and reported.
 */
export function piperPhonemeIds(phonemes: string, idMap: ReadonlyMap<string, readonly number[]>): { ids: number[]; missing: string[] } {
  const pad = idMap.get(PAD) ?? [];
  const ids: number[] = [...(idMap.get(BOS) ?? []), ...pad];
  const missing: string[] = [];
  for (const phoneme of phonemes.normalize('NFD')) {
    const id = idMap.get(phoneme);
    if (!id) {
      if (!missing.includes(phoneme)) missing.push(phoneme);
      continue;
    }
    ids.push(...id, ...pad);
  }
  ids.push(...(idMap.get(EOS) ?? []));
  return { ids, missing };
}

/**
 * Punctuation as Piper's voices were trained on it: eSpeak NG reports clause ends as `, . ; : ! ?`,
 * so dashes become commas, an ellipsis a full stop, and quotes and brackets are not read.
 */
export function piperPunctuation(text: string): string {
  return text
    .replace(/[—–]/g, ',')
    .replace(/…/g, '.')
    .replace(/["“”«»()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim();
}
