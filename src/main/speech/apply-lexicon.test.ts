import { describe, expect, it } from 'vitest';
import { applyLexicon, lexiconEntriesUsed } from './apply-lexicon';
import type { LexiconEntry } from './lexicon';
import { LexiconMatcher, possessiveIpa } from './lexicon-matcher';
import { normaliseForSpeech } from './normalise';

const phoneme = (grapheme: string, value: string, caseSensitive = false): LexiconEntry => ({ grapheme, kind: 'phoneme', value, caseSensitive });
const alias = (grapheme: string, value: string, caseSensitive = false): LexiconEntry => ({ grapheme, kind: 'alias', value, caseSensitive });

const speak = (text: string, language = 'en-GB', emphasis: Array<{ start: number; end: number }> = []) =>
  normaliseForSpeech(text, { language, emphasis });

const matched = (text: string, entries: LexiconEntry[], language = 'en-GB'): string[] =>
  new LexiconMatcher(entries, language).matches(text).map((m) => `${text.slice(m.start, m.end)}=${m.entry.value}`);

describe('LexiconMatcher', () => {
  it('matches whole words only', () => {
    expect(matched('Cape Cod and the codfish', [phoneme('cod', 'kɒd')])).toEqual(['Cod=kɒd']);
  });

  it('prefers the longest phrase', () => {
    const entries = [alias('New', 'Noo'), alias('New York', 'Noo Yawk'), alias('York', 'Yawk')];
    expect(matched('From New York to York and New Haven', entries)).toEqual(['New York=Noo Yawk', 'York=Yawk', 'New=Noo']);
  });

  it('lets a phrase span a line break or several spaces', () => {
    expect(matched('in New\n   York', [alias('New York', 'Noo Yawk')])).toEqual(['New\n   York=Noo Yawk']);
  });

  it('honours case sensitivity, and prefers a case-sensitive entry', () => {
    const entries = [phoneme('reading', 'ˈriːdɪŋ'), phoneme('Reading', 'ˈrɛdɪŋ', true)];
    expect(matched('Reading is near reading rooms; READING too', entries)).toEqual(['Reading=ˈrɛdɪŋ', 'reading=ˈriːdɪŋ', 'READING=ˈriːdɪŋ']);
    expect(matched('polish the Polish silver', [phoneme('Polish', 'ˈpəʊlɪʃ', true)])).toEqual(['Polish=ˈpəʊlɪʃ']);
  });

  it('matches entries that end in a stop or are a sign', () => {
    const entries = [phoneme('Va.', 'vərˈdʒɪnyə'), phoneme('℔', 'ˈbʊʃəlz')];
    expect(matched('Richmond, Va., sold 5℔ of it', entries)).toEqual(['Va.=vərˈdʒɪnyə', '℔=ˈbʊʃəlz']);
  });

  it('takes an English possessive along', () => {
    const found = new LexiconMatcher([phoneme('Tolkien', 'ˈtɒlkiːn')], 'en-GB').matches('Tolkien’s books');
    expect(found.map((m) => [m.start, m.end, m.possessive])).toEqual([[0, 9, true]]);
    const german = new LexiconMatcher([phoneme('Goethe', 'ˈɡøːtə')], 'de').matches("Goethe's Faust");
    expect(german.map((m) => [m.start, m.end, m.possessive])).toEqual([[0, 6, false]]);
  });

  it('keeps the last of two entries for the same word', () => {
    expect(matched('Hermione', [alias('Hermione', 'Her-my-oh-nee'), alias('hermione', 'Her-mee-own')])).toEqual(['Hermione=Her-mee-own']);
  });

  it('matches an entry written as in the book in the normalised text', () => {
    const speech = speak('Born at St. Ives on the N.E. coast.');
    expect(speech.text).toBe('Born at Saint Ives on the N E coast.');
    const entries = [alias('St. Ives', 'Saint Eyes'), phoneme('N.E.', 'ˌnɔrθˈist')];
    expect(new LexiconMatcher(entries, 'en-GB').matches(speech.text).map((m) => speech.text.slice(m.start, m.end))).toEqual(['Saint Ives', 'N E']);
  });
});

describe('possessiveIpa', () => {
  it.each([
    ['ˈtɒlkiːn', 'z'],
    ['dʒeɪmz', 'ɪz'],
    ['ˈtʃɜːtʃ', 'ɪz'],
    ['ˈɡræbɪt', 's'],
    ['ˈθɔː', 'z'],
    ['ˈbɛθ', 's'],
  ])('after %s is %s', (ipa, ending) => {
    expect(possessiveIpa(ipa)).toBe(ending);
  });
});

describe('applyLexicon', () => {
  it('cuts the text into text, phonemes and pauses that cover it without gaps', () => {
    const speech = speak('Hermione met Mr. Weasley—twice.');
    const chunks = applyLexicon(speech, [phoneme('Hermione', 'hɜːˈmaɪəni'), alias('Weasley', 'Weez-lee')]);
    expect(chunks.map((c) => [c.kind, c.kind === 'phonemes' ? c.phonemes : c.text])).toEqual([
      ['phonemes', 'hɜːˈmaɪəni'],
      ['text', ' met Mister '],
      ['text', 'Weez-lee'],
      ['pause', ', '],
      ['text', 'twice.'],
    ]);
    let at = 0;
    for (const chunk of chunks) {
      expect(chunk.start).toBe(at);
      at = chunk.end;
    }
    expect(at).toBe(speech.text.length);
  });

  it('adds the possessive to phonemes and respellings', () => {
    const chunks = applyLexicon(speak('Tolkien’s and Weasley’s'), [phoneme('Tolkien', 'ˈtɒlkiːn'), alias('Weasley', 'Weez-lee')]);
    expect(chunks.filter((c) => c.kind !== 'text' || c.text !== ' and ').map((c) => (c.kind === 'phonemes' ? c.phonemes : c.text))).toEqual([
      'ˈtɒlkiːnz',
      'Weez-lee’s',
    ]);
  });

  it('keeps emphasis on a matched word in italics', () => {
    const chunks = applyLexicon(speak('Say Hermione now', 'en-GB', [{ start: 4, end: 12 }]), [phoneme('Hermione', 'hɜːˈmaɪəni')]);
    expect(chunks.map((c) => [c.kind, c.kind === 'pause' ? false : c.emphasis])).toEqual([
      ['text', false],
      ['phonemes', true],
      ['text', false],
    ]);
  });

  it('never lets an entry reach across a pause or into the book’s own phonemes', () => {
    const across = speak('New — York');
    expect(applyLexicon(across, [alias('New York', 'Noo Yawk')]).map((c) => c.kind)).toEqual(['text', 'pause', 'text']);
    const given = normaliseForSpeech('Mobile Bay', { language: 'en-US', phonemes: [{ start: 0, end: 6, phonemes: 'ˈmoʊbil' }] });
    const chunks = applyLexicon(given, [phoneme('Mobile', 'ˈməʊbaɪl')]);
    expect(chunks[0]).toMatchObject({ kind: 'phonemes', phonemes: 'ˈmoʊbil', text: 'Mobile' });
  });

  it('gives one text chunk for text the lexicon does not touch', () => {
    const speech = speak('Nothing to see here, 2 times.');
    expect(applyLexicon(speech, [])).toEqual([{ kind: 'text', text: 'Nothing to see here, two times.', start: 0, end: speech.text.length, emphasis: false }]);
  });
});

describe('lexiconEntriesUsed', () => {
  const entries = [phoneme('Hermione', 'hɜːˈmaɪəni'), alias('Weasley', 'Weez-lee'), phoneme('Snape', 'sneɪp')];

  it('lists exactly the entries a text uses, once each, in order of use', () => {
    const used = lexiconEntriesUsed(speak('Weasley told Hermione, and Hermione told Weasley.'), entries);
    expect(used.map((e) => e.grapheme)).toEqual(['Weasley', 'Hermione']);
  });

  it('lists none for a text without them', () => {
    expect(lexiconEntriesUsed(speak('Nobody here.'), entries)).toEqual([]);
  });

  it('agrees with what applyLexicon changes', () => {
    const speech = speak('Snape and Hermione — Weasley');
    const changed = applyLexicon(speech, entries).filter((c) => c.kind === 'phonemes' || (c.kind === 'text' && c.text !== speech.text.slice(c.start, c.end)));
    expect(changed).toHaveLength(lexiconEntriesUsed(speech, entries).length);
  });
});
