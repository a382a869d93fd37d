import { isCapitalised, isWordChar, precedingWord, sentenceEndsAt, startsSentence, wordAfter, type Rule, type RuleContext } from '../rule';

/** Said the same wherever they stand, with or without their stop. */
const HONORIFICS: Record<string, string> = {
  Mr: 'Mister', Mrs: 'Missus', Ms: 'Miz', Messrs: 'Messieurs', Mme: 'Madame', Mmes: 'Mesdames', Mlle: 'Mademoiselle',
};

/** Titles, expanded only before a capitalised name ("Capt. Wentworth"). */
const TITLES: Record<string, string> = {
  Prof: 'Professor', Capt: 'Captain', Col: 'Colonel', Gen: 'General', Lt: 'Lieutenant', Sgt: 'Sergeant', Rev: 'Reverend',
  Revd: 'Reverend', Gov: 'Governor', Sen: 'Senator', Fr: 'Father', Mt: 'Mount', Ft: 'Fort', Pres: 'President', Adm: 'Admiral',
  Maj: 'Major', Cpl: 'Corporal', Pte: 'Private', Pvt: 'Private', Supt: 'Superintendent', Insp: 'Inspector', Cmdr: 'Commander',
};

/** After a capitalised word: "Baker St.", "Tom Smith Jr." */
const AFTER_NAME: Record<string, string> = { Ave: 'Avenue', Rd: 'Road', Blvd: 'Boulevard', Jr: 'Junior', Sr: 'Senior', Esq: 'Esquire' };

/** Latin and other shorthand in running text. `end`: may close a sentence, keeping its stop. */
const SHORTHAND: Array<{ pattern: string; say: string; end?: boolean }> = [
  { pattern: 'etc\\.', say: 'et cetera', end: true },
  { pattern: '&c\\.', say: 'et cetera', end: true },
  { pattern: 'e\\.\\s?g\\.', say: 'for example' },
  { pattern: 'i\\.\\s?e\\.', say: 'that is' },
  { pattern: 'viz\\.', say: 'namely' },
  { pattern: 'cf\\.', say: 'compare' },
  { pattern: 'vs\\.?', say: 'versus' },
  { pattern: 'approx\\.', say: 'approximately' },
  { pattern: 'a\\.k\\.a\\.', say: 'also known as' },
];

const stop = (written: string, ctx: RuleContext, end: number): string => (written.endsWith('.') && sentenceEndsAt(ctx.source, end) ? '.' : '');
const nextIsName = (ctx: RuleContext, end: number): boolean => /^[ \u00A0]+\p{Lu}/u.test(ctx.source.slice(end, end + 3));

const honorific: Rule = {
  name: 'honorific',
  pattern: new RegExp(`(${Object.keys(HONORIFICS).join('|')})(?:\\.|(?=[ \\u00A0]))`, 'y'),
  replace: (m) => HONORIFICS[m[1]!]!,
};

const title: Rule = {
  name: 'title',
  pattern: new RegExp(`(${Object.keys(TITLES).join('|')})\\.`, 'y'),
  replace: (m, at, ctx) => (nextIsName(ctx, at + m[0].length) ? TITLES[m[1]!]! : null),
};

/** Whether the capitalised word before `at` is a name rather than the first word of a sentence. */
function afterName(ctx: RuleContext, at: number): boolean {
  const before = precedingWord(ctx.source, at);
  if (!before) return false;
  if (/^\d/.test(before.word)) return true;
  return isCapitalised(before.word) && !startsSentence(ctx.source, before.start);
}

/** "St." is Saint before a name and Street after one; "Dr." is Doctor or Drive alike. */
const saintOrStreet: Rule = {
  name: 'st-dr',
  pattern: /(St|Dr)(\.|(?=[ \u00A0]))/y,
  replace(m, at, ctx) {
    const end = at + m[0].length;
    const place = afterName(ctx, at) || !nextIsName(ctx, end);
    if (m[1] === 'St') return place ? `Street${stop(m[0], ctx, end)}` : 'Saint';
    return place ? `Drive${stop(m[0], ctx, end)}` : 'Doctor';
  },
};

const afterNameRule: Rule = {
  name: 'after-name',
  pattern: new RegExp(`(${Object.keys(AFTER_NAME).join('|')})\\.?(?![\\p{L}\\p{N}])`, 'uy'),
  replace(m, at, ctx) {
    const head = ctx.source.slice(Math.max(0, at - 40), at);
    if (!/\p{Lu}[\p{L}'’-]*,?[ \u00A0]+$/u.test(head)) return null;
    return AFTER_NAME[m[1]!]! + stop(m[0], ctx, at + m[0].length);
  },
};

const shorthand: Rule = {
  name: 'shorthand',
  pattern: new RegExp(`(?:${SHORTHAND.map((s) => `(${s.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'iuy'),
  replace(m, at, ctx) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const entry = SHORTHAND[index]!;
    return entry.say + (entry.end ? stop(m[0], ctx, at + m[0].length) : '');
  },
};

/** "Roe v. Wade": a lone "v." between capitalised words. */
const versus: Rule = {
  name: 'versus',
  pattern: /v\.(?=[ \u00A0]+\p{Lu})/uy,
  replace: (_m, at, ctx) => (afterName(ctx, at) ? 'versus' : null),
};

/** "Smith & Sons"; a spaced ampersand only, so that "AT&T" and "&c." stay as they are. */
const ampersand: Rule = {
  name: 'ampersand',
  pattern: /&(?=[ \u00A0])/y,
  replace: () => 'and',
};

/** First words of sentences: a capital letter and a stop before them is more likely a sentence end. */
const SENTENCE_STARTERS = new Set(
  ('the then he she it i we they but and a an in on at as if so this that there these those what when where who whose which why ' +
    'how you your me him them us my his her their our its yes no not nor or yet now of for to with after before one all some ' +
    'every each any such here still well oh do did is was are were have had will would can could shall should may might must ' +
    'let come go please sir madam good very perhaps').split(' '),
);

/** Letters read one by one; A keeps its stop, or engines read it as the article. */
const spell = (letters: string[]): string => letters.map((l) => (l === 'A' ? 'A.' : l)).join(' ');

/** "U.S.A.", "B.M.": letters with stops and no spaces. */
const lettersWithStops: Rule = {
  name: 'letters',
  pattern: /((?:\p{Lu}\.){2,})(?![\p{L}\p{N}])/uy,
  replace(m, at, ctx) {
    // Eras and times are read well as written, and "A. D" would only add a stop.
    if (/^(?:A\.D\.|B\.C\.|A\.M\.|P\.M\.)$/.test(m[1]!)) return null;
    const letters = m[1]!.split('.').filter(Boolean);
    const end = at + m[0].length;
    const text = spell(letters);
    return { length: m[0].length, text: text + (!text.endsWith('.') && /^\s*$/.test(ctx.source.slice(end)) ? '.' : '') };
  },
};

/** "J. R. R. Tolkien", "H. G. Wells": initials before a surname, read as letters without full stops. */
const initials: Rule = {
  name: 'initials',
  pattern: /((?:\p{Lu}\.[ \u00A0]?)*\p{Lu}\.)(?=[ \u00A0]?\p{Lu}\p{Ll})/uy,
  replace(m, at, ctx) {
    const end = at + m[0].length;
    const next = wordAfter(ctx.source, end) ?? /^\p{L}+/u.exec(ctx.source.slice(end))?.[0] ?? '';
    // "It's I. Your uncle": a lone I with a stop is the pronoun ending a sentence.
    if (SENTENCE_STARTERS.has(next.toLowerCase()) || m[1] === 'I.') return null;
    const text = spell(m[1]!.split(/[.\s\u00A0]+/).filter(Boolean));
    return { length: m[0].length, text: isWordChar(ctx.source[end]) ? `${text} ` : text };
  },
};

export const abbreviationRules: readonly Rule[] = [
  honorific, title, saintOrStreet, afterNameRule, shorthand, versus, ampersand, lettersWithStops, initials,
];
