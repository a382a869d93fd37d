import { describe, expect, it } from 'vitest';
import { ipaToEspeak } from './ipa-to-espeak';
import { sharedEspeak } from './espeak-module';
import { EspeakPhonemizer } from './espeak-phonemizer';

const phonemizer = new EspeakPhonemizer(sharedEspeak);

describe('ipaToEspeak', () => {
  it('writes IPA as eSpeak NG mnemonics, two-symbol sounds first', () => {
    expect(ipaToEspeak('həlˈəʊ')).toBe("h@l'oU");
    expect(ipaToEspeak('tʃˈɜːtʃ dʒˈʌdʒ')).toBe("tS'3:tS dZ'VdZ");
    expect(ipaToEspeak('θˈɔːt ðə sˈɪŋ')).toBe("T'O:t D@ s'IN");
  });

  it('reads tie bars and joiners as nothing, and nasal vowels with a tilde', () => {
    expect(ipaToEspeak('t͡ʃa‍ɪ')).toBe('tSaI');
    expect(ipaToEspeak('bɔ̃')).toBe('bO~');
  });

  it('leaves out what it cannot name rather than guessing', () => {
    expect(ipaToEspeak('ǃxóõ')).toBe('xoo~');
  });

  it('round-trips eSpeak NG’s own English IPA through its phoneme input', async () => {
    const sentences = [
      'The quick brown fox jumps over the lazy dog.',
      'She thought the measure of a church judge was in the singing of the boy.',
      'Their fair hair, near the cure, was poor and sure.',
    ];
    for (const voice of ['en-gb', 'en-us']) {
      const ipa = await phonemizer.clauses(sentences, voice);
      const back = await phonemizer.clauses(
        ipa.map((line) => `[[${ipaToEspeak(line)}]]`),
        voice,
      );
      // eSpeak NG writes its American r as ɹ but echoes phoneme input r as r: the same sound.
      const fold = (s: string | undefined): string[] => (s ?? '').replace(/ɹ/g, 'r').split(' ');
      for (const [i, line] of ipa.entries()) {
        const words = fold(line);
        const same = words.filter((w, j) => w === fold(back[i])[j]).length;
        expect(same / words.length).toBeGreaterThan(0.8);
      }
    }
  });
});
