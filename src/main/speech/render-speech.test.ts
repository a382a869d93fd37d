import { describe, expect, it } from 'vitest';
import { applyLexicon } from './apply-lexicon';
import { normaliseForSpeech } from './normalise';
import { renderPlainText, renderSsml } from './render-speech';
import { parseStrictXml, type XmlElement } from './strict-xml';

const source = 'I said — Hermione & Ron <now>… not later.';
const speech = normaliseForSpeech(source, { language: 'en-GB', emphasis: [{ start: 9, end: 17 }] });
const chunks = applyLexicon(speech, [{ grapheme: 'Hermione', kind: 'phoneme', value: 'hɜːˈmaɪəni', caseSensitive: false }]);

const names = (element: XmlElement): string[] =>
  element.children.flatMap((c) => (typeof c === 'string' ? [] : [c.name, ...names(c)]));

describe('renderSsml', () => {
  it('writes emphasis, phonemes and breaks as well-formed SSML', () => {
    const ssml = renderSsml(chunks, { language: 'en-GB' });
    expect(ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB">I said <break time="300ms"/> ' +
        '<emphasis><phoneme alphabet="ipa" ph="hɜːˈmaɪəni">Hermione</phoneme></emphasis> and Ron &lt;now&gt; <break time="500ms"/> not later.</speak>',
    );
    const root = parseStrictXml(ssml);
    expect(root.name).toBe('speak');
    expect(names(root)).toEqual(['break', 'emphasis', 'phoneme', 'break']);
  });

  it('leaves emphasis out for engines that cannot stress a word', () => {
    expect(renderSsml(chunks, { language: 'en-GB', emphasis: false })).not.toContain('<emphasis>');
  });
});

describe('renderPlainText', () => {
  it('is the normalised text, pauses as punctuation and phonemes as their words', () => {
    expect(renderPlainText(chunks)).toBe('I said, Hermione and Ron <now>... not later.');
    expect(renderPlainText(chunks)).toBe(speech.text);
  });
});
