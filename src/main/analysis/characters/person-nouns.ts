import type { Gender } from '../../../shared/script';

/** Nouns for people, with the gender they imply: `his wife`, `the old lady`, `the young man`. */
const FEMALE_NOUNS = [
  'lady', 'woman', 'wife', 'girl', 'mother', 'sister', 'daughter', 'aunt', 'niece', 'grandmother', 'widow', 'maid',
  'mistress', 'governess', 'queen', 'duchess', 'princess', 'hostess', 'landlady', 'nurse', 'housekeeper', 'spinster',
  'bride', 'lass', 'damsel', 'dame', 'madam', 'madame', 'mademoiselle', 'baroness', 'countess', 'mamma', 'mama', 'grandmamma',
];
const MALE_NOUNS = [
  'man', 'gentleman', 'husband', 'boy', 'father', 'brother', 'son', 'uncle', 'nephew', 'grandfather', 'lad', 'fellow',
  'master', 'king', 'duke', 'prince', 'host', 'landlord', 'colonel', 'captain', 'general', 'officer', 'baronet', 'lord',
  'papa', 'parson', 'clergyman', 'priest', 'doctor', 'inspector', 'sergeant', 'constable', 'baron', 'marquis', 'count',
  'squire', 'footman', 'butler', 'porter', 'coachman', 'waiter', 'youth',
];
const UNGENDERED_NOUNS = ['friend', 'companion', 'child', 'visitor', 'guest', 'other', 'voice', 'stranger', 'servant', 'cousin'];
export const NOUN_GENDER = new Map<string, Gender>([
  ...FEMALE_NOUNS.map((n): [string, Gender] => [n, 'female']),
  ...MALE_NOUNS.map((n): [string, Gender] => [n, 'male']),
  ...UNGENDERED_NOUNS.map((n): [string, Gender] => [n, 'unknown']),
]);

/** Words that stand for someone already named (`the other`, `the latter`); they never become a role. */
export const ANAPHORIC_NOUNS: ReadonlySet<string> = new Set([
  'other', 'others', 'latter', 'former', 'same', 'first', 'second', 'last', 'rest', 'whole', 'one', 'two', 'three', 'voice',
  'pair', 'couple', 'party', 'company', 'family', 'children', 'ladies', 'gentlemen', 'men', 'women', 'people', 'girls', 'boys',
]);

/**
 * People-nouns the narration uses for someone already known (`the old lady`, `her father`, `the
 * girl`): resolved in context rather than made into a role. Occupations (`the croupier`, `the
 * waiter`) and epithets (`the stranger`, `the whelp`) do become roles.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'man', 'woman', 'lady', 'gentleman', 'girl', 'boy', 'child', 'lad', 'lass', 'fellow', 'youth', 'person', 'creature',
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'uncle', 'aunt', 'nephew', 'niece',
  'grandmother', 'grandfather', 'cousin', 'friend', 'companion', 'visitor', 'guest', 'mamma', 'papa',
]);
