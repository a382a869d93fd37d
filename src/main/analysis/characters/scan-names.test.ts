import { describe, expect, it } from 'vitest';
import { scanNames } from './scan-names';

function names(text: string): string[] {
  return scanNames(text).map((m) => `${m.title ? `${m.title.canonical}|` : ''}${m.words.join(' ')}${m.determiner ? '|the' : ''}${m.possessive ? "|'s" : ''}`);
}

describe('scanNames', () => {
  it('separates titles, keeps particles and initials, and drops sentence words', () => {
    expect(names('But Lady Catherine de Bourgh met Mr. E. W. B. Childers and Sir William.')).toEqual([
      'Lady|Catherine de Bourgh',
      'Mr.|E. W. B. Childers',
      'Sir|William',
    ]);
  });

  it('marks descriptions with `the`, possessives and leading particles', () => {
    expect(names("The Hatter took the March Hare's cup, and cried de Griers.")).toEqual(['Hatter|the', "March Hare|the|'s", 'de Griers']);
  });

  it('drops adjectives and sentence-initial address words before a name', () => {
    expect(names('Dear Lizzy, poor Old Stephen came.')).toEqual(['Lizzy', 'Stephen']);
  });

  it('does not join names across sentences or lists', () => {
    expect(names('It was Jane. Elizabeth, Kitty and Lydia laughed.')).toEqual(['Jane', 'Elizabeth', 'Kitty', 'Lydia']);
  });
});
