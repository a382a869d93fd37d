import { describe, expect, it } from 'vitest';
import { bcp47ToEspeak, espeakToBcp47 } from './espeak-language';
import { espeakVoices, parseVoiceListing } from './espeak-voices';

const LISTING = [
  'Pty Language       Age/Gender VoiceName          File                 Other Languages',
  ' 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)',
  ' 5  en-gb-x-rp      --/M      English_(Received_Pronunciation) gmw/en-GB-x-rp       (en-gb 4)(en 5)',
  ' 5  yue             --/M      Chinese_(Cantonese) sit/yue              (zh-yue 5)(zh 8)',
  ' 5  yue             --/M      Chinese_(Cantonese,_latin_as_Jyutping) sit/yue-Latn-jyutping (zh-yue 5)(zh 8)',
];
const VARIANTS = [
  'Pty Language       Age/Gender VoiceName          File                 Other Languages',
  ' 5  variant         --/F      female3            !v/f3                ',
  ' 5  variant         --/M      klatt              !v/klatt             ',
  ' 5  variant         --/M      Mr_Serious         !v/Mr serious        ',
];

describe('eSpeak NG voice listing', () => {
  it('parses languages, genders and files', () => {
    expect(parseVoiceListing(LISTING)[1]).toEqual({ language: 'en-gb-x-rp', gender: 'male', name: 'English_(Received_Pronunciation)', file: 'gmw/en-GB-x-rp' });
    expect(parseVoiceListing(VARIANTS)[0]?.gender).toBe('female');
  });

  it('offers each language with the offered variants only, and names a shared language by its file', () => {
    const voices = espeakVoices(parseVoiceListing(LISTING), parseVoiceListing(VARIANTS));
    expect(voices.map((v) => v.ref.voice)).toEqual(['en-gb', 'en-gb+f3', 'en-gb-x-rp', 'en-gb-x-rp+f3', 'yue', 'yue+f3', 'sit/yue-Latn-jyutping', 'sit/yue-Latn-jyutping+f3']);
    expect(voices[1]).toMatchObject({ id: 'espeak:en-gb+f3', name: 'English (Great Britain), female3', language: 'en-GB', accent: 'Great Britain', gender: 'female' });
    expect(voices[2]?.language).toBe('en-GB-x-rp');
  });

  it('converts language names to BCP 47 and back', () => {
    expect(espeakToBcp47('en-gb-x-gbclan')).toBe('en-GB-x-gbclan');
    expect(espeakToBcp47('cmn-latn-pinyin')).toBe('cmn-Latn-pinyin');
    expect(espeakToBcp47('en-029')).toBe('en-029');
    expect(bcp47ToEspeak('en_GB')).toBe('en-gb');
  });
});
