import type { Gender } from '../../../shared/script';
import type { NameForm } from './name-evidence';
import { NAME_PARTICLES } from './name-words';
import { formalNames } from './nicknames';
import { FAMILY_TITLES } from './titles';

/** One person as the clustering sees them: the forms of their name and what those forms say. */
export interface NameCluster {
  forms: NameForm[];
  titles: Set<string>;
  givens: Set<string>;
  surnames: Set<string>;
  /** Known by a description with `the` (`the Hatter`); `heads` are its nouns (`hatter`, `rabbit`). */
  role: boolean;
  heads: Set<string>;
  titleGender: Gender;
}

/** Titles after which a single word is a first name (`Lady Catherine`, `Sir William`). */
const GIVEN_NAME_TITLES = new Set(['Lady', 'Sir', 'Dame', 'Don', 'Prince', 'Princess', 'Father', 'Sister', 'Brother', 'Aunt', 'Uncle', 'Cousin', 'Saint', 'St.']);
/** Titles followed by either (`Miss Bingley`, `Miss Elizabeth`, `Mr. Tom`, `Mlle. Blanche`); the rest take a surname. */
const EITHER_TITLES = new Set(['Miss', 'Master', 'Mlle.', 'Mademoiselle', 'Ms.', 'Lady', 'Lord', 'Mr.', 'Monsieur', 'Herr', 'Signor', 'Señor']);

interface Parsed {
  form: NameForm;
  given: string | null;
  surname: string | null;
  single: string | null;
  role: boolean;
  head: string | null;
}

function isInitial(w: string): boolean {
  return /^\p{Lu}\.$/u.test(w);
}

function parse(form: NameForm): Parsed {
  const role = !form.title && form.withDeterminer * 2 >= form.count;
  const words = form.words.filter((w) => !isInitial(w));
  const low = words.map((w) => w.toLowerCase());
  // `Scrooge Scrooge` is a name called twice, not a first name and a surname.
  if (low.length > 1 && low.every((w) => w === low[0])) low.length = 1;
  if (role) {
    const of = low.indexOf('of');
    const head = of > 0 ? low[of - 1] : low[low.length - 1];
    return { form, given: null, surname: null, single: low.join(' '), role, head: head ?? null };
  }
  if (low.length >= 2 && !NAME_PARTICLES.has(low[0] ?? '')) {
    return { form, given: low[0] ?? null, surname: low.slice(1).join(' '), single: null, role, head: null };
  }
  return { form, given: null, surname: null, single: low.join(' '), role, head: null };
}

function gendersClash(a: Gender, b: Gender): boolean {
  return a !== 'unknown' && b !== 'unknown' && a !== b;
}

function newCluster(p: Parsed): NameCluster {
  return { forms: [], titles: new Set(), givens: new Set(), surnames: new Set(), role: p.role, heads: new Set(), titleGender: 'unknown' };
}

function add(c: NameCluster, p: Parsed, singleAs: 'given' | 'surname' | null): void {
  c.forms.push(p.form);
  if (p.form.title) {
    c.titles.add(p.form.title.canonical);
    if (c.titleGender === 'unknown') c.titleGender = p.form.title.gender;
  }
  if (p.given) c.givens.add(p.given);
  if (p.surname) c.surnames.add(p.surname);
  if (p.head) c.heads.add(p.head);
  if (p.single && singleAs === 'given') c.givens.add(p.single);
  if (p.single && singleAs === 'surname') c.surnames.add(p.single);
  if (p.single && !p.role) {
    // `Winnie-the-Pooh` is also `Pooh`.
    const parts = p.single.split('-');
    if (parts.length > 2) c.surnames.add(parts[parts.length - 1] ?? '');
  }
}

/**
 * Groups the forms of names into people. Full names come first (`Elizabeth Bennet`), then a title
 * with one word (`Mr. Darcy`, `Lady Catherine`), then single words (`Elizabeth`, `Darcy`, `Lizzy`).
 * A form joins a person only when exactly one fits: a first name, a surname with a title of the
 * same gender (`Mr. Bennet` and `Mrs. Bennet` stay apart), a pet name whose formal name the person
 * goes by. A title with a surname never joins a full name without that title, since a woman's
 * surname may be her husband's. A bare surname shared by several goes to the one man among them,
 * as novels call men by their surname; otherwise it stays unattached rather than guessed.
 */
export function clusterNames(forms: NameForm[]): { clusters: NameCluster[]; byKey: Map<string, NameCluster> } {
  const parsed = forms.map(parse);
  // Full names with a formal first name go first, so that pet-name forms find them.
  const rank = (p: Parsed): number => (p.given ? (formalNames(p.given).length > 0 ? 0.5 : 0) : p.form.title ? 1 : 2);
  parsed.sort((a, b) => rank(a) - rank(b) || b.form.words.length - a.form.words.length || b.form.count - a.form.count);
  const knownGivens = new Set(parsed.filter((p) => p.given).map((p) => p.given ?? ''));
  const knownSurnames = new Set(parsed.filter((p) => p.surname).map((p) => p.surname ?? ''));
  // First names the book puts after `Miss` alone (`Miss Lydia`): the younger daughters of a family.
  const missGivens = new Set(parsed.filter((p) => p.form.title?.canonical === 'Miss' && p.single && knownGivens.has(p.single) && !knownSurnames.has(p.single)).map((p) => p.single ?? ''));
  const bareCount = new Map(parsed.filter((p) => p.single && !p.form.title && !p.role).map((p) => [p.single ?? '', p.form.count]));
  // A pet name stands for a formal name only when the book uses the formal name at least as often.
  const formalsOf = (x: string): string[] => formalNames(x).filter((f) => (bareCount.get(f) ?? 0) >= Math.max(2, bareCount.get(x) ?? 0));
  const givenMatches = (c: NameCluster, x: string): boolean => c.givens.has(x) || formalsOf(x).some((f) => c.givens.has(f));
  const clusters: NameCluster[] = [];
  const byKey = new Map<string, NameCluster>();
  const place = (p: Parsed, target: NameCluster | null, singleAs: 'given' | 'surname' | null): void => {
    const c = target ?? newCluster(p);
    if (!target) clusters.push(c);
    add(c, p, singleAs);
    byKey.set(p.form.key, c);
  };
  const unique = (list: NameCluster[]): NameCluster | null => (list.length === 1 ? (list[0] ?? null) : null);

  for (const p of parsed) {
    const titleGender = p.form.title?.gender ?? 'unknown';
    const compatible = (c: NameCluster): boolean => !c.role && !gendersClash(c.titleGender, titleGender);
    if (p.given && p.surname) {
      const sameTitle = (c: NameCluster): boolean => !p.form.title || c.titles.size === 0 || c.titles.has(p.form.title.canonical);
      const given = p.given;
      const exact = clusters.filter((c) => compatible(c) && sameTitle(c) && c.givens.has(given) && c.surnames.has(p.surname ?? ''));
      if (exact.length > 0) {
        place(p, unique(exact), null);
        continue;
      }
      // `Eliza Bennet` is `Elizabeth Bennet`; the pet name is not kept as a first name, so that a
      // `Tom` who is someone else is not drawn to a `Tom Gradgrind` who is `Thomas Gradgrind`.
      const pet = unique(clusters.filter((c) => compatible(c) && sameTitle(c) && formalNames(given).some((f) => c.givens.has(f)) && c.surnames.has(p.surname ?? '')));
      if (pet) {
        add(pet, { ...p, given: null }, null);
        byKey.set(p.form.key, pet);
        continue;
      }
      place(p, null, null);
      continue;
    }
    const x = p.single ?? '';
    if (p.role) {
      const head = p.head ?? '';
      place(p, unique(clusters.filter((c) => c.role && (c.heads.has(head) || c.forms.some((f) => f.key === x)))), null);
      continue;
    }
    if (p.form.title) {
      const title = p.form.title.canonical;
      // `Miss Ward` is not `Miss Sophy Ward` when Sophy is also `Miss Sophy`: a daughter called by her
      // first name is a younger sister, and `Miss Ward` the eldest.
      const younger = (c: NameCluster): boolean => title === 'Miss' && c.surnames.has(x) && [...c.givens].some((g) => missGivens.has(g));
      const pair = clusters.filter((c) => compatible(c) && c.titles.has(title) && (c.surnames.has(x) || c.givens.has(x)) && !younger(c));
      if (pair.length > 0) {
        place(p, unique(pair), null);
        continue;
      }
      const knownGiven = knownGivens.has(x) || formalsOf(x).some((f) => knownGivens.has(f));
      const asGiven = GIVEN_NAME_TITLES.has(title) ? !knownSurnames.has(x) || knownGiven : EITHER_TITLES.has(title) && knownGiven && !knownSurnames.has(x);
      if (asGiven) place(p, unique(clusters.filter((c) => compatible(c) && givenMatches(c, x))), 'given');
      else place(p, null, 'surname');
      continue;
    }
    const parts = x.split('-');
    const tail = parts.length > 2 ? (parts[parts.length - 1] ?? x) : x;
    const byGiven = clusters.filter((c) => !c.role && (givenMatches(c, x) || c.givens.has(tail)));
    const bySurname = clusters.filter((c) => !c.role && (c.surnames.has(x) || c.surnames.has(tail)));
    // A word that is one person's first name and another's surname (`Fitzwilliam`) names the man
    // known by it as a surname, if there is exactly one; otherwise neither.
    if (byGiven.length > 0 && bySurname.some((c) => !byGiven.includes(c))) {
      const man = unique(bySurname.filter((c) => c.titleGender === 'male'));
      if (man) place(p, man, 'surname');
      continue;
    }
    if (byGiven.length > 0) {
      place(p, unique(byGiven), 'given');
      continue;
    }
    if (bySurname.length === 1) {
      place(p, bySurname[0] ?? null, 'surname');
      continue;
    }
    if (bySurname.length > 1) {
      const men = bySurname.filter((c) => c.titleGender === 'male' && [...c.titles].some((t) => FAMILY_TITLES.has(t)));
      const man = unique(men) ?? unique(men.filter((c) => c.titles.has('Mr.')));
      if (man) place(p, man, 'surname');
      continue;
    }
    place(p, null, 'given');
  }
  return { clusters, byKey };
}
