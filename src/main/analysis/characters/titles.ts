import type { Gender } from '../../../shared/script';

/**
 * Titles and forms of address that come before a name, with the gender they imply. Keys are lower
 * case without the abbreviation dot; `canonical` is how the title is written in a character's name.
 */
const TITLE_LIST: Array<[string, string, Gender]> = [
  ['mr', 'Mr.', 'male'],
  ['mister', 'Mr.', 'male'],
  ['mrs', 'Mrs.', 'female'],
  ['ms', 'Ms.', 'female'],
  ['miss', 'Miss', 'female'],
  ['master', 'Master', 'male'],
  ['mistress', 'Mistress', 'female'],
  ['dr', 'Dr.', 'unknown'],
  ['doctor', 'Doctor', 'unknown'],
  ['sir', 'Sir', 'male'],
  ['lady', 'Lady', 'female'],
  ['lord', 'Lord', 'male'],
  ['dame', 'Dame', 'female'],
  ['madame', 'Madame', 'female'],
  ['mme', 'Mme.', 'female'],
  ['mademoiselle', 'Mademoiselle', 'female'],
  ['mlle', 'Mlle.', 'female'],
  ['monsieur', 'Monsieur', 'male'],
  ['mons', 'Monsieur', 'male'],
  ['signor', 'Signor', 'male'],
  ['signora', 'Signora', 'female'],
  ['herr', 'Herr', 'male'],
  ['frau', 'Frau', 'female'],
  ['fraulein', 'Fräulein', 'female'],
  ['fräulein', 'Fräulein', 'female'],
  ['don', 'Don', 'male'],
  ['señor', 'Señor', 'male'],
  ['senor', 'Señor', 'male'],
  ['señora', 'Señora', 'female'],
  ['colonel', 'Colonel', 'male'],
  ['captain', 'Captain', 'male'],
  ['major', 'Major', 'male'],
  ['general', 'General', 'male'],
  ['lieutenant', 'Lieutenant', 'male'],
  ['sergeant', 'Sergeant', 'male'],
  ['corporal', 'Corporal', 'male'],
  ['admiral', 'Admiral', 'male'],
  ['inspector', 'Inspector', 'male'],
  ['professor', 'Professor', 'unknown'],
  ['reverend', 'Reverend', 'male'],
  ['rev', 'Rev.', 'male'],
  ['father', 'Father', 'male'],
  ['brother', 'Brother', 'male'],
  ['sister', 'Sister', 'female'],
  ['mother', 'Mother', 'female'],
  ['aunt', 'Aunt', 'female'],
  ['uncle', 'Uncle', 'male'],
  ['cousin', 'Cousin', 'unknown'],
  ['king', 'King', 'male'],
  ['queen', 'Queen', 'female'],
  ['prince', 'Prince', 'male'],
  ['princess', 'Princess', 'female'],
  ['duke', 'Duke', 'male'],
  ['duchess', 'Duchess', 'female'],
  ['count', 'Count', 'male'],
  ['countess', 'Countess', 'female'],
  ['baron', 'Baron', 'male'],
  ['baroness', 'Baroness', 'female'],
  ['marquis', 'Marquis', 'male'],
  ['marquess', 'Marquess', 'male'],
  ['marquise', 'Marquise', 'female'],
  ['earl', 'Earl', 'male'],
  ['emperor', 'Emperor', 'male'],
  ['empress', 'Empress', 'female'],
  ['saint', 'Saint', 'unknown'],
  ['st', 'St.', 'unknown'],
];

export interface Title {
  canonical: string;
  gender: Gender;
}

const TITLES: ReadonlyMap<string, Title> = new Map(TITLE_LIST.map(([k, canonical, gender]) => [k, { canonical, gender }]));

/** The title a word spells (`Mr.`, `mrs`, `Colonel`), or undefined. */
export function titleOf(word: string): Title | undefined {
  const w = word.toLowerCase();
  return TITLES.get(w.endsWith('.') ? w.slice(0, -1) : w);
}

/** Titles after which a surname alone names one person of the family (`Mr. Bennet`, `Mrs. Bennet`). */
export const FAMILY_TITLES: ReadonlySet<string> = new Set(['Mr.', 'Mrs.', 'Miss', 'Ms.', 'Master', 'Mlle.', 'Mme.', 'Madame', 'Mademoiselle', 'Monsieur']);
