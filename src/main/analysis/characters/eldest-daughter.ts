import type { NameForm } from './name-evidence';
import type { NameCluster } from './cluster-names';

/**
 * `Miss Bennet` is the eldest unmarried daughter of the Bennets; her sisters are `Miss Elizabeth
 * Bennet`, `Miss Lydia`. When a family's daughters are told apart that way, a cluster known only as
 * `Miss <surname>` is the one daughter of that family (named with the surname somewhere, `Jane
 * Bennet`) who is never called `Miss <first name>`, and joins her. With no sister called `Miss <first
 * name>`, or with more than one daughter left, nothing is merged.
 */
export function mergeEldestDaughters(clusters: NameCluster[], byKey: Map<string, NameCluster>, allForms: Iterable<NameForm>): NameCluster[] {
  // Every `<first name> <surname>` written in the book, accepted as a name or not: surname -> first names.
  const family = new Map<string, Set<string>>();
  for (const f of allForms) {
    if (f.words.length !== 2) continue;
    const [given = '', surname = ''] = f.words.map((w) => w.toLowerCase());
    if (!family.has(surname)) family.set(surname, new Set());
    family.get(surname)?.add(given);
  }
  const merged = new Set<NameCluster>();
  for (const miss of clusters) {
    const surname = missSurname(miss);
    const givens = surname ? family.get(surname) : undefined;
    if (!surname || !givens) continue;
    const daughters = clusters.filter((c) => c !== miss && !c.role && c.titleGender !== 'male' && [...c.givens].some((g) => givens.has(g)));
    const calledByFirstName = (c: NameCluster): boolean => c.forms.some((f) => f.title?.canonical === 'Miss' && c.givens.has((f.words[0] ?? '').toLowerCase()));
    const younger = daughters.filter(calledByFirstName);
    const eldest = daughters.filter((c) => !calledByFirstName(c));
    const target = eldest[0];
    if (younger.length === 0 || eldest.length !== 1 || !target) continue;
    for (const f of miss.forms) {
      target.forms.push(f);
      byKey.set(f.key, target);
    }
    target.titles.add('Miss');
    if (target.titleGender === 'unknown') target.titleGender = 'female';
    merged.add(miss);
  }
  return clusters.filter((c) => !merged.has(c));
}

/** The surname of a cluster known only as `Miss <surname>`, lower case, or null. */
function missSurname(c: NameCluster): string | null {
  if (c.role || c.givens.size > 0) return null;
  const words = new Set(c.forms.map((f) => (f.title?.canonical === 'Miss' && f.words.length === 1 ? (f.words[0] ?? '').toLowerCase() : '')));
  const [surname] = words;
  return words.size === 1 && surname ? surname : null;
}
