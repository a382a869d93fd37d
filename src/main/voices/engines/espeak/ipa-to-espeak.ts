/**
 * IPA as eSpeak NG's phoneme mnemonics, for phonemes inside `[[ ]]` in its input (eSpeak NG has no
 * IPA input, and ignores SSML `<phoneme>`). The table covers English and the common sounds of the
 * European languages; a sound outside it is left out rather than guessed.
 */
const TABLE: Array<[string, string]> = [
  // Two-symbol sounds first, so they win over their parts.
  ['tʃ', 'tS'], ['dʒ', 'dZ'], ['ʧ', 'tS'], ['ʤ', 'dZ'], ['ts', 'ts'],
  ['aɪ', 'aI'], ['aʊ', 'aU'], ['eɪ', 'eI'], ['ɔɪ', 'OI'], ['əʊ', 'oU'], ['oʊ', 'oU'],
  ['ɪə', 'i@'], ['iə', 'i@'], ['eə', 'e@'], ['ɛə', 'e@'], ['ʊə', 'U@'],
  ['ɑː', 'A:'], ['ɔː', 'O:'], ['ɜː', '3:'], ['iː', 'i:'], ['uː', 'u:'],
  // Consonants.
  ['ʃ', 'S'], ['ʒ', 'Z'], ['θ', 'T'], ['ð', 'D'], ['ŋ', 'N'], ['ɹ', 'r'], ['ɾ', '*'], ['ʔ', '?'],
  ['ɡ', 'g'], ['ç', 'C'], ['χ', 'X'], ['ʁ', 'R'], ['ɲ', 'n^'], ['ʎ', 'l^'], ['ɬ', 'l#'], ['β', 'B'], ['ɣ', 'Q'],
  ['ɫ', 'l'], ['ʍ', 'w'], ['ɦ', 'h'], ['ʝ', 'j'],
  // Vowels.
  ['ɚ', '3'], ['ɝ', '3:'], ['æ', 'a'], ['ɐ', 'a#'], ['ɑ', 'A'], ['ɒ', '0'], ['ɔ', 'O'], ['ə', '@'], ['ɛ', 'E'],
  ['ɪ', 'I'], ['ʊ', 'U'], ['ʌ', 'V'], ['ø', 'Y'], ['œ', 'W'], ['ɨ', 'i#'], ['ᵻ', 'I#'], ['ɵ', '@'], ['ʏ', 'y'], ['ɯ', 'u'],
  // Marks.
  ['ˈ', "'"], ['ˌ', ','], ['ː', ':'], ['\u0303', '~'], [' ', ' '],
];

const PLAIN = /^[a-z]$/;

export function ipaToEspeak(ipa: string): string {
  const text = ipa.normalize('NFD').replace(/\u200d|\u0361|\u035c/g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = TABLE.find(([symbol]) => text.startsWith(symbol, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    const char = text[i] ?? '';
    if (PLAIN.test(char)) out += char;
    else if (/\s/.test(char)) out += ' ';
    i += 1;
  }
  return out.replace(/\s+/g, ' ').trim();
}
