/** English number names: cardinals, ordinals, decimals, digit strings and years. */

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

export interface NumberStyle {
  /** British usage says "one hundred and five"; American usage drops the "and". */
  and: boolean;
}

/** Above this, a number is read digit by digit: nobody says quadrillions aloud in a novel. */
const MAX_CARDINAL = 999_999_999_999_999;

function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
}

function belowThousand(n: number, style: NumberStyle): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${ONES[hundreds]} hundred`;
  if (rest === 0) return head;
  return `${head}${style.and ? ' and' : ''} ${belowHundred(rest)}`;
}

/** `1005` → "one thousand and five" (British) or "one thousand five" (American). */
export function cardinalWords(n: number, style: NumberStyle): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  if (n > MAX_CARDINAL) return digitWords(String(n));
  if (n === 0) return 'zero';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    // "two thousand and five": the last group gets its "and" even without hundreds.
    const joiner = i === 0 && groups.length > 1 && group < 100 && style.and ? 'and ' : '';
    words.push(`${joiner}${belowThousand(group, style)}${SCALES[i] ? ` ${SCALES[i]}` : ''}`);
  }
  return words.join(' ');
}

const ORDINAL_IRREGULAR: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** Turns the last word of a cardinal into its ordinal: "twenty-one" → "twenty-first". */
export function ordinalOf(cardinal: string): string {
  const match = /([a-z]+)$/.exec(cardinal);
  if (!match) return cardinal;
  const last = match[1]!;
  const ordinal = ORDINAL_IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return cardinal.slice(0, match.index) + ordinal;
}

export function ordinalWords(n: number, style: NumberStyle): string {
  return ordinalOf(cardinalWords(n, style));
}

/** "007" → "zero zero seven". */
export function digitWords(digits: string): string {
  return [...digits].filter((c) => c >= '0' && c <= '9').map((c) => ONES[Number(c)]).join(' ');
}

/**
 * A number as written, with optional sign, thousands separators and decimals: "-1,234.5" →
 * "minus one thousand two hundred and thirty-four point five". Whole parts with a leading zero
 * ("007") are read digit by digit.
 */
export function numberWords(written: string, style: NumberStyle): string {
  const negative = /^[-−]/.test(written);
  const body = written.replace(/^[-−+]/, '');
  const [whole = '', fraction] = body.split('.');
  const digits = whole.replace(/,/g, '');
  let words: string;
  if (digits === '') words = '';
  else if (digits.length > 1 && digits.startsWith('0')) words = digitWords(digits);
  else words = cardinalWords(Number(digits), style);
  if (fraction !== undefined && fraction !== '') words = `${words}${words ? ' ' : ''}point ${digitWords(fraction)}`;
  return negative ? `minus ${words}` : words;
}

/**
 * A year as people say it: 1811 → "eighteen eleven", 1900 → "nineteen hundred", 1905 → "nineteen
 * oh five", 2000 → "two thousand", 2005 → "two thousand five", 2010 → "twenty ten".
 */
export function yearWords(year: number, style: NumberStyle): string {
  if (!Number.isSafeInteger(year) || year < 0) throw new RangeError(`not a year: ${year}`);
  if (year < 1000 || year >= 10000) return cardinalWords(year, style);
  const century = Math.floor(year / 100);
  const rest = year % 100;
  if (year % 1000 === 0) return cardinalWords(year, style);
  if (century % 10 === 0 && rest < 10) return `${cardinalWords(century / 10, style)} thousand ${ONES[rest]}`;
  if (rest === 0) return `${belowHundred(century)} hundred`;
  if (rest < 10) return `${belowHundred(century)} oh ${ONES[rest]}`;
  return `${belowHundred(century)} ${belowHundred(rest)}`;
}

/** "1920s" → "nineteen twenties", "1900s" → "nineteen hundreds", "2000s" → "two thousands". */
export function decadeWords(year: number, style: NumberStyle): string {
  return pluralOf(yearWords(year, style));
}

/** The plural of the last word of a number: "twenty" → "twenties", "six" → "sixes". */
export function pluralOf(words: string): string {
  if (words.endsWith('y')) return `${words.slice(0, -1)}ies`;
  if (words.endsWith('x') || words.endsWith('s')) return `${words}es`;
  return `${words}s`;
}
