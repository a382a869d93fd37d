import { describe, expect, it } from 'vitest';
import { isSpeechVerb } from '../attribution/speech-verbs';
import { TRICKY_PIECES, randomTexts } from '../testing/random-text';
import { recordMention, type NameForm } from './name-evidence';
import { PLACE_PREPOSITIONS } from './name-words';
import type { NameMention } from './scan-names';

function mention(start: number, end: number, determiner = false): NameMention {
  return { start, end, title: null, words: ['Jane'], determiner, sentenceInitial: false, possessive: false, key: 'jane' };
}

function evidence(text: string, m: NameMention, inQuote = false): NameForm {
  const forms = new Map<string, NameForm>();
  recordMention(forms, text, m, inQuote);
  const form = forms.get('jane');
  if (!form) throw new Error('no form recorded');
  return form;
}

/** The definitions the scans keep: the word before as a regex reads it, and the words around. */
function afterPlaceReference(text: string, start: number): boolean {
  const m = /([\p{L}'-]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  return PLACE_PREPOSITIONS.has((m?.[1] ?? '').toLowerCase());
}

function taggedReference(text: string, m: NameMention): boolean {
  const before = (text.slice(Math.max(0, m.start - 40), m.start).toLowerCase().match(/\p{L}+/gu) ?? []).slice(-3);
  const [a1 = '', a2 = '', a3 = '', a4 = ''] = (text.slice(m.end, m.end + 40).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 4);
  const b1 = before[before.length - 1] ?? '';
  const b2 = before[before.length - 2] ?? '';
  if (isSpeechVerb(b1, '') || (m.determiner && b1 === 'the' && isSpeechVerb(b2, ''))) return true;
  if (isSpeechVerb(a1, a2) || (/ly$/.test(a1) && isSpeechVerb(a2, a3))) return true;
  if (a1 !== 'had' && a1 !== 'would') return false;
  return isSpeechVerb(a2, a3) || ((/ly$/.test(a2) || a2 === 'only' || a2 === 'just') && isSpeechVerb(a3, a4));
}

describe('recordMention', () => {
  it('counts a place preposition before the name', () => {
    expect(evidence('They dined at Jane', mention(14, 18)).afterPlacePreposition).toBe(1);
    expect(evidence("They went to -- Jane", mention(16, 20)).afterPlacePreposition).toBe(1);
    expect(evidence('They met Jane', mention(9, 13)).afterPlacePreposition).toBe(0);
    expect(evidence("Sat-in' Jane", mention(8, 12)).afterPlacePreposition).toBe(0);
  });

  it('counts a speech verb next to the name in narration', () => {
    expect(evidence('"Yes," said Jane.', mention(12, 16)).speechTags).toBe(1);
    expect(evidence('Jane quickly replied.', mention(0, 4)).speechTags).toBe(1);
    expect(evidence('Jane had only said it.', mention(0, 4)).speechTags).toBe(1);
    expect(evidence('Jane went on.', mention(0, 4)).speechTags).toBe(1);
    expect(evidence('Jane went out.', mention(0, 4)).speechTags).toBe(0);
    expect(evidence('"Yes," said Jane.', mention(12, 16), true).speechTags).toBe(0);
  });

  it('reads the words around a mention as the regexes it stands in for do', () => {
    const pieces = [...TRICKY_PIECES, 'at', 'In', 'to', 'said', 'replied', 'went', 'on', 'had', 'only', 'would', 'quickly', 'the', 'Jane'];
    for (const text of randomTexts(pieces, 1500, 20, 11)) {
      for (let start = 0; start <= text.length; start += 3) {
        const end = Math.min(text.length, start + 2);
        for (const determiner of [false, true]) {
          const m = mention(start, end, determiner);
          const form = evidence(text, m);
          const where = JSON.stringify([text, start, determiner]);
          expect(form.afterPlacePreposition === 1, where).toBe(afterPlaceReference(text, start));
          expect(form.speechTags === 1, where).toBe(taggedReference(text, m));
        }
      }
    }
  });
});
