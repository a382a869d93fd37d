import { describe, expect, it } from 'vitest';
import { normaliseForSpeech } from './normalise';
import { sourceRangeOf } from './speech-text';

const say = (text: string, language = 'en-GB'): string => normaliseForSpeech(text, { language }).text;

/** British English, the default for a book in `en` or `en-GB`. */
const BRITISH: Array<[string, string]> = [
  // cardinals, decimals, negatives
  ['There were 3 cats.', 'There were three cats.'],
  ['He counted 21 sheep.', 'He counted twenty-one sheep.'],
  ['It cost 100 crowns.', 'It cost one hundred crowns.'],
  ['She walked 105 miles.', 'She walked one hundred and five miles.'],
  ['A crowd of 1,234 people.', 'A crowd of one thousand two hundred and thirty-four people.'],
  ['The total area is 59,265 sq. m.', 'The total area is fifty-nine thousand two hundred and sixty-five sq. m.'],
  ['One million is 1,000,000.', 'One million is one million.'],
  ['Pi is about 3.14159.', 'Pi is about three point one four one five nine.'],
  ['It fell to -5 degrees.', 'It fell to minus five degrees.'],
  ['It fell to −12 that night.', 'It fell to minus twelve that night.'],
  ['A value of 0.5 was found.', 'A value of zero point five was found.'],
  ['Agent 007 arrived.', 'Agent zero zero seven arrived.'],
  // ordinals
  ['He came 1st.', 'He came first.'],
  ['She was 2nd.', 'She was second.'],
  ['They were 3rd.', 'They were third.'],
  ['The 4th of July.', 'The fourth of July.'],
  ['On the 22nd of May.', 'On the twenty-second of May.'],
  ['The 101st day.', 'The one hundred and first day.'],
  ['The 1,000th visitor.', 'The one thousandth visitor.'],
  // years, decades and ranges
  ['In 1811 the comet came.', 'In eighteen eleven the comet came.'],
  ['Since 1900 nothing changed.', 'Since nineteen hundred nothing changed.'],
  ['Until 2005 he lived there.', 'Until two thousand five he lived there.'],
  ['It happened in 2010 again.', 'It happened in twenty ten again.'],
  ['It was 1066.', 'It was ten sixty-six.'],
  ['In 1605 the plot failed.', 'In sixteen oh five the plot failed.'],
  ['By the summer of 1914 war came.', 'By the summer of nineteen fourteen war came.'],
  ['On May 5, 1811, she wrote.', 'On May five, eighteen eleven, she wrote.'],
  ['In 1000 few could read.', 'In one thousand few could read.'],
  ['In 1901 the queen died.', 'In nineteen oh one the queen died.'],
  ['He was born in 2000 or so.', 'He was born in two thousand or so.'],
  ['The 1920s were loud.', 'The nineteen twenties were loud.'],
  ['The 1800s were long.', 'The eighteen hundreds were long.'],
  ['In the \'60s music changed.', 'In the sixties music changed.'],
  ['The war of 1812–1815 ended.', 'The war of eighteen twelve to eighteen fifteen ended.'],
  ['It ran 1914-18 in all.', 'It ran nineteen fourteen to eighteen in all.'],
  ['Read pages 10–12 tonight.', 'Read pages ten to twelve tonight.'],
  ['He had 1500 men.', 'He had one thousand five hundred men.'],
  // money
  ['It cost £5.', 'It cost five pounds.'],
  ['It cost £1 only.', 'It cost one pound only.'],
  ['It cost $3.50 in all.', 'It cost three dollars and fifty cents in all.'],
  ['It cost $1,000 in all.', 'It cost one thousand dollars in all.'],
  ['A stamp was 50p then.', 'A stamp was fifty pence then.'],
  ['It cost $0.99 then.', 'It cost ninety-nine cents then.'],
  ['It cost €20 then.', 'It cost twenty euros then.'],
  ['The prize was £2.5 million.', 'The prize was two point five million pounds.'],
  ['They paid $5m for it.', 'They paid five million dollars for it.'],
  ['It cost 5s. 6d. then.', 'It cost 5s. 6d. then.'],
  // times
  ['We met at 10:30 sharp.', 'We met at ten thirty sharp.'],
  ['We met at 10:05 sharp.', 'We met at ten oh five sharp.'],
  ['We met at 10:00 sharp.', 'We met at ten o\'clock sharp.'],
  ['The train left at 14:00 sharp.', 'The train left at fourteen hundred sharp.'],
  ['Come at 3 p.m. tomorrow.', 'Come at three p.m. tomorrow.'],
  ['Come at 3pm tomorrow.', 'Come at three p.m. tomorrow.'],
  ['Come at 10:30 a.m. tomorrow.', 'Come at ten thirty a.m. tomorrow.'],
  ['Come at 7 AM tomorrow.', 'Come at seven a.m. tomorrow.'],
  ['Come at 11.45pm tomorrow.', 'Come at eleven forty-five p.m. tomorrow.'],
  ['Come at 3pm.', 'Come at three p.m.'],
  // fractions and percentages
  ['Half is 1/2 of it.', 'Half is one half of it.'],
  ['Add 3/4 of a cup.', 'Add three quarters of a cup.'],
  ['Add 2/3 of it.', 'Add two thirds of it.'],
  ['Add 5/16 of it.', 'Add five sixteenths of it.'],
  ['Add ½ a cup.', 'Add half a cup.'],
  ['Add 2½ cups.', 'Add two and a half cups.'],
  ['Add 2 1/2 cups.', 'Add two and a half cups.'],
  ['Add ¾ of it.', 'Add three quarters of it.'],
  ['Prices rose 50%.', 'Prices rose fifty per cent.'],
  ['Prices rose 3.5% this year.', 'Prices rose three point five per cent this year.'],
  ['Prices fell -2% today.', 'Prices fell minus two per cent today.'],
  // abbreviations
  ['Mr. Darcy bowed.', 'Mister Darcy bowed.'],
  ['Mrs. Bennet smiled.', 'Missus Bennet smiled.'],
  ['Ms. Smith left.', 'Miz Smith left.'],
  ['Mr and Mrs Smith came.', 'Mister and Missus Smith came.'],
  ['Messrs. Smith and Jones signed.', 'Messieurs Smith and Jones signed.'],
  ['Dr. Watson wrote it.', 'Doctor Watson wrote it.'],
  ['Dr Watson wrote it.', 'Doctor Watson wrote it.'],
  ['He lived at 12 Mulholland Dr. for years.', 'He lived at twelve Mulholland Drive for years.'],
  ['She lived on Sunset Dr.', 'She lived on Sunset Drive.'],
  ['St. Paul wrote letters.', 'Saint Paul wrote letters.'],
  ['He lived on Baker St. near the park.', 'He lived on Baker Street near the park.'],
  ['They walked down Baker St.', 'They walked down Baker Street.'],
  ['St Paul\'s Cathedral was closed.', 'Saint Paul\'s Cathedral was closed.'],
  ['Apples, pears, etc. are fruit.', 'Apples, pears, et cetera are fruit.'],
  ['He bought apples, pears, etc.', 'He bought apples, pears, et cetera.'],
  ['Some fruit, e.g. apples, is sweet.', 'Some fruit, for example apples, is sweet.'],
  ['The capital, i.e. London, is big.', 'The capital, that is London, is big.'],
  ['It was Smith vs. Jones.', 'It was Smith versus Jones.'],
  ['It was Smith vs Jones.', 'It was Smith versus Jones.'],
  ['It was Roe v. Wade.', 'It was Roe versus Wade.'],
  ['Smith & Sons sold it.', 'Smith and Sons sold it.'],
  ['AT&T called.', 'AT&T called.'],
  ['See No. 5 for details.', 'See number five for details.'],
  ['He lives at No. 10 Downing Street.', 'He lives at number ten Downing Street.'],
  ['There was no. 7 either.', 'There was number seven either.'],
  ['Capt. Wentworth returned.', 'Captain Wentworth returned.'],
  ['Prof. Moriarty plotted.', 'Professor Moriarty plotted.'],
  ['Rev. Collins preached.', 'Reverend Collins preached.'],
  ['Mt. Everest is high.', 'Mount Everest is high.'],
  ['John Smith Jr. spoke.', 'John Smith Junior spoke.'],
  // roman numerals (never the pronoun I)
  ['Chapter IV', 'Chapter four'],
  ['CHAPTER IX', 'CHAPTER nine'],
  ['Book II begins here.', 'Book two begins here.'],
  ['Stave III', 'Stave three'],
  ['Part I', 'Part one'],
  ['Henry VIII had six wives.', 'Henry the eighth had six wives.'],
  ['Louis XIV built Versailles.', 'Louis the fourteenth built Versailles.'],
  ['Pope John XXIII was kind.', 'Pope John the twenty-third was kind.'],
  ['George III\'s illness worsened.', 'George the third\'s illness worsened.'],
  ['World War II ended.', 'World War two ended.'],
  ['Then I went home.', 'Then I went home.'],
  ['Henry I was tired, I said.', 'Henry I was tired, I said.'],
  ['IV.', 'four.'],
  ['Malcolm X spoke.', 'Malcolm X spoke.'],
  ['Take vitamin C daily.', 'Take vitamin C daily.'],
  // initials
  ['J. R. R. Tolkien wrote it.', 'J R R Tolkien wrote it.'],
  ['H. G. Wells wrote it.', 'H G Wells wrote it.'],
  ['A. A. Milne wrote it.', 'A. A. Milne wrote it.'],
  ['She met J. Smith there.', 'She met J Smith there.'],
  ['B.M. and M.R. Hall wrote.', 'B M and M R Hall wrote.'],
  ['He moved to the U.S.A. later.', 'He moved to the U S A. later.'],
  ['I saw Plan B. Then I left.', 'I saw Plan B. Then I left.'],
  // web addresses
  ['Visit https://www.example.com/books today.', 'Visit w w w dot example dot com slash books today.'],
  ['Visit www.gutenberg.org today.', 'Visit w w w dot gutenberg dot org today.'],
  ['See example.com for more.', 'See example dot com for more.'],
  ['Write to jane.doe@example.org today.', 'Write to jane dot doe at example dot org today.'],
  ['Mail info@dramatis.app now.', 'Mail info at dramatis dot app now.'],
  // dashes and ellipses
  ['He stopped—then ran.', 'He stopped, then ran.'],
  ['He stopped — then ran.', 'He stopped, then ran.'],
  ['He stopped -- then ran.', 'He stopped, then ran.'],
  ['I was—', 'I was,'],
  ['Well... I suppose so.', 'Well... I suppose so.'],
  ['Well… I suppose.', 'Well... I suppose.'],
  ['Wait . . . what?', 'Wait... what?'],
  ['A long–distance call.', 'A long–distance call.'],
  ['He said it was fine.', 'He said it was fine.'],
  // measures, context, and lines from the corpus books
  ['The tower was 10 ft. high.', 'The tower was ten feet high.'],
  ['It rose (4768 ft.) above the sea.', 'It rose (four thousand seven hundred and sixty-eight feet) above the sea.'],
  ['It reached 575 ft. The road ended.', 'It reached five hundred and seventy-five feet. The road ended.'],
  ['It was 30° in the shade.', 'It was thirty degrees in the shade.'],
  ['A 1 lb. loaf was enough.', 'A one pound loaf was enough.'],
  ['The town was 10 km away.', 'The town was ten kilometres away.'],
  ['He scored #5 in the list.', 'He scored number five in the list.'],
  ['Born in the 18th century.', 'Born in the eighteenth century.'],
  ['It was 3:15 when he woke.', 'It was three fifteen when he woke.'],
  ['A.D. 1066 was a year of change.', 'A.D. ten sixty-six was a year of change.'],
  ['In 1899, 1900 and 1903 it rained.', 'In eighteen ninety-nine, nineteen hundred and nineteen oh three it rained.'],
  ['It fell from 1890 to 1900.', 'It fell from eighteen ninety to nineteen hundred.'],
  ['“I was—” she began.', '“I was,” she began.'],
  ['The lace upon Mrs. Hurst’s gown—”', 'The lace upon Missus Hurst’s gown,”'],
  ['Happy manners!—so much ease.', 'Happy manners! so much ease.'],
  ['—Webster’s Dictionary', 'Webster’s Dictionary'],
  ['He paused… then spoke.', 'He paused... then spoke.'],
  ['It’s I. Your uncle Scrooge.', 'It’s I. Your uncle Scrooge.'],
  ['The part I did was small.', 'The part I did was small.'],
  ['Read Chapter XII tonight.', 'Read Chapter twelve tonight.'],
  ['The E. Gardiner letter came.', 'The E Gardiner letter came.'],
];

/** American usage drops the "and" in numbers and writes "percent". */
const AMERICAN: Array<[string, string]> = [
  ['She walked 105 miles.', 'She walked one hundred five miles.'],
  ['It cost $106.', 'It cost one hundred six dollars.'],
  ['Prices rose 50%.', 'Prices rose fifty percent.'],
  ['The town was 10 km away.', 'The town was ten kilometers away.'],
  ['Until 2005 he lived there.', 'Until two thousand five he lived there.'],
  ['A crowd of 1,234 people.', 'A crowd of one thousand two hundred thirty-four people.'],
];

/** Other languages keep numbers and abbreviations for the engine, and still pause at dashes. */
const OTHER_LANGUAGES: Array<[string, string, string]> = [
  ['de', 'Er kam am 3. Mai 1811 an.', 'Er kam am 3. Mai 1811 an.'],
  ['fr', 'M. Dupont a payé 5 € le 1er mai.', 'M. Dupont a payé 5 € le 1er mai.'],
  ['de', 'Er wartete—dann ging er.', 'Er wartete, dann ging er.'],
  ['fr', 'Eh bien… je pense.', 'Eh bien... je pense.'],
  ['es', 'Capítulo IV', 'Capítulo IV'],
];

describe('normaliseForSpeech', () => {
  it.each(BRITISH)('British English: %j → %j', (input, expected) => {
    expect(say(input)).toBe(expected);
  });

  it.each(AMERICAN)('American English: %j → %j', (input, expected) => {
    expect(say(input, 'en-US')).toBe(expected);
  });

  it.each(OTHER_LANGUAGES)('%s keeps its numbers: %j → %j', (language, input, expected) => {
    expect(say(input, language)).toBe(expected);
  });

  it('reads a book of unknown language as English', () => {
    expect(say('It cost £5.', '')).toBe('It cost five pounds.');
  });

  it('has over a hundred cases in its table', () => {
    expect(BRITISH.length + AMERICAN.length + OTHER_LANGUAGES.length).toBeGreaterThanOrEqual(100);
  });
});

describe('the map back to the original text', () => {
  const source = 'Mr. Darcy paid £5 in 1811.';
  const speech = normaliseForSpeech(source, { language: 'en-GB' });

  it('joins its pieces into the text, each piece at its offsets', () => {
    expect(speech.text).toBe('Mister Darcy paid five pounds in eighteen eleven.');
    expect(speech.pieces.map((p) => p.text).join('')).toBe(speech.text);
    for (const piece of speech.pieces) {
      expect(speech.text.slice(piece.start, piece.end)).toBe(piece.text);
      if (piece.verbatim) expect(source.slice(piece.sourceStart, piece.sourceEnd)).toBe(piece.text);
    }
  });

  it('maps a spoken word back to what was written', () => {
    const at = (word: string): { start: number; end: number } | null => {
      const start = speech.text.indexOf(word);
      return sourceRangeOf(speech, start, start + word.length);
    };
    const written = (range: { start: number; end: number } | null): string => (range ? source.slice(range.start, range.end) : '');
    expect(written(at('Mister'))).toBe('Mr.');
    expect(written(at('Darcy'))).toBe('Darcy');
    expect(written(at('pounds'))).toBe('£5');
    expect(written(at('eleven'))).toBe('1811');
    expect(written(at('Darcy paid five'))).toBe('Darcy paid £5');
  });

  it('finds nothing for an empty range outside the text', () => {
    expect(sourceRangeOf(speech, speech.text.length + 5, speech.text.length + 9)).toBeNull();
  });
});

describe('pauses and emphasis', () => {
  it('marks a dash and an ellipsis as pauses of their own', () => {
    const speech = normaliseForSpeech('He stopped — then… ran.', { language: 'en-GB' });
    const pauses = speech.pieces.filter((p) => p.pauseMs !== undefined);
    expect(pauses.map((p) => [p.text, p.pauseMs])).toEqual([
      [', ', 300],
      ['... ', 500],
    ]);
    expect(pauses.map((p) => 'He stopped — then… ran.'.slice(p.sourceStart, p.sourceEnd))).toEqual([' — ', '… ']);
  });

  it('splits the text at italics and marks them as emphasis', () => {
    const source = 'I did not say she stole it.';
    const speech = normaliseForSpeech(source, { language: 'en-GB', emphasis: [{ start: 10, end: 13 }] });
    const emphatic = speech.pieces.filter((p) => p.emphasis);
    expect(emphatic.map((p) => p.text)).toEqual(['say']);
    expect(speech.text).toBe(source);
  });

  it('marks a spoken form inside italics as emphasis', () => {
    const source = 'It cost £5 then.';
    const speech = normaliseForSpeech(source, { language: 'en-GB', emphasis: [{ start: 8, end: 10 }] });
    expect(speech.pieces.filter((p) => p.emphasis).map((p) => p.text)).toEqual(['five pounds']);
  });

  it('keeps text whose phonemes the book gives whole, and lets no rule read into it', () => {
    const source = 'It was 30° N. of the line in 1811.';
    const speech = normaliseForSpeech(source, {
      language: 'en-GB',
      phonemes: [
        { start: 7, end: 10, phonemes: 'ˈθɜrti dɪˈgriz' },
        { start: 11, end: 13, phonemes: 'nɔrθ' },
      ],
    });
    expect(speech.text).toBe('It was 30° N. of the line in eighteen eleven.');
    expect(speech.pieces.filter((p) => p.phonemes).map((p) => [p.text, p.phonemes])).toEqual([
      ['30°', 'ˈθɜrti dɪˈgriz'],
      ['N.', 'nɔrθ'],
    ]);
  });
});
