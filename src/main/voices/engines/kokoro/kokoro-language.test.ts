import { describe, expect, it } from 'vitest';
import { kokoroGender, kokoroLanguage, kokoroLanguageKey, kokoroPhonemes } from './kokoro-language';

describe('Kokoro voice names', () => {
  it('carry language and gender', () => {
    expect(kokoroLanguage('bf_emma')).toMatchObject({ espeak: 'en-gb', tag: 'en-GB', english: true });
    expect(kokoroLanguage('ff_siwis')).toMatchObject({ espeak: 'fr-fr', english: false });
    expect(kokoroLanguage('zm_yunxi').tag).toBe('zh-CN');
    expect([kokoroGender('am_adam'), kokoroGender('jf_alpha'), kokoroGender('xx')]).toEqual(['male', 'female', 'unknown']);
    expect(['en-GB', 'en-US', 'en', 'fr', 'pt-BR', 'zh-CN', 'de'].map(kokoroLanguageKey)).toEqual(['b', 'a', 'a', 'f', 'p', 'z', 'a']);
  });
});

describe('kokoroPhonemes', () => {
  it('puts English IPA in the symbols Kokoro was trained on', () => {
    expect(kokoroPhonemes('rˈɛd lˈɒx ɬ', 'bf_emma')).toBe('ɹˈɛd lˈɒk l');
    expect(kokoroPhonemes('wˈʌnhˈʌndɹɪd', 'af_heart')).toBe('wˈʌn hˈʌndɹɪd');
    expect(kokoroPhonemes('nˈaɪnti', 'af_heart')).toBe('nˈaɪndi');
    expect(kokoroPhonemes('nˈaɪnti', 'bf_emma')).toBe('nˈaɪnti');
    expect(kokoroPhonemes('ðə kˈæts z.', 'am_adam')).toBe('ðə kˈætsz.');
  });

  it('leaves other languages as eSpeak NG writes them', () => {
    expect(kokoroPhonemes('ʁˈuʒ ɾˈoxo', 'ef_dora')).toBe('ʁˈuʒ ɾˈoxo');
  });
});
