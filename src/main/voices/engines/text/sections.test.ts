import { describe, expect, it } from 'vitest';
import { phonemeCount, splitSections, splitSentences, textWords } from './sections';

describe('splitSections', () => {
  it('keeps punctuation runs with their spaces and gives the text back when joined', () => {
    const text = 'Well, sir — I said “no”; then… nothing!';
    const sections = splitSections(text);
    expect(sections.map((s) => s.text).join('')).toBe(text);
    expect(sections.filter((s) => !s.punctuation).map((s) => s.text)).toEqual(['Well', 'sir', 'I said', 'no', 'then', 'nothing']);
    expect(sections.find((s) => s.text === ', ')?.punctuation).toBe(true);
  });

  it('treats a stretch with nothing to say as punctuation', () => {
    expect(splitSections('* * *')).toEqual([{ text: '* * *', punctuation: true }]);
  });
});

describe('splitSentences', () => {
  it('splits after sentence ends, closing quotes included, and loses nothing', () => {
    const text = '“Is it?” she asked. It is! Fine… 3.5 times.';
    const sentences = splitSentences(text);
    expect(sentences).toEqual(['“Is it?” ', 'she asked. ', 'It is! ', 'Fine… ', '3.5 times.']);
    expect(sentences.join('')).toBe(text);
  });
});

describe('textWords and phonemeCount', () => {
  it('keeps contractions, hyphenated words and decimals whole', () => {
    expect(textWords("Don't go, twenty-four 3.5 times — ça va?")).toEqual(["Don't", 'go', 'twenty-four', '3.5', 'times', 'ça', 'va']);
  });

  it('counts sounds, not marks', () => {
    expect(phonemeCount('həlˈəʊ, wˈɜːld')).toBe(9);
  });
});
