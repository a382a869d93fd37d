import { describe, expect, it } from 'vitest';
import { findDialogue } from './find-dialogue';
import { detectQuoteStyle } from './quote-style';

/** The quoted words of each paragraph, found with the style the paragraphs themselves imply. */
function quotes(...texts: string[]): string[][] {
  const style = detectQuoteStyle(texts);
  return findDialogue(texts, style).map((d, i) => d.spans.map((s) => (texts[i] ?? '').slice(s.start, s.end)));
}

describe('findDialogue', () => {
  it('finds curly and straight double quotes, without the marks', () => {
    expect(quotes('\u201cYes,\u201d said Jane.', '"No," said Elizabeth.')).toEqual([['Yes,'], ['No,']]);
  });

  it('splits a mixed paragraph into both parts of the speech', () => {
    expect(quotes('"Yes," said Jane, "I will."')).toEqual([['Yes,', 'I will.']]);
  });

  it('reads British single quotes and leaves apostrophes alone', () => {
    expect(
      quotes(
        "'I dare say 'tis nearly four o'clock,' said Jane.",
        "'We dined at the Bennets' house,' said he, 'and the Bennets' cook was ill.'",
        "'Goin' home?' asked Tom.",
        "He walked on.",
      ),
    ).toEqual([["I dare say 'tis nearly four o'clock,"], ["We dined at the Bennets' house,", "and the Bennets' cook was ill."], ["Goin' home?"], []]);
  });

  it('reads guillemets both ways round and German low-high quotes', () => {
    expect(quotes('\u00abOui,\u00bb dit-il.', '\u00abNon.\u00bb')).toEqual([['Oui,'], ['Non.']]);
    expect(quotes('\u00bbJa,\u00ab sagte er.', '\u00bbNein.\u00ab')).toEqual([['Ja,'], ['Nein.']]);
    expect(quotes('\u201eJa\u201c, sagte er.', '\u201eNein.\u201c')).toEqual([['Ja'], ['Nein.']]);
  });

  it('keeps nested quotes inside the speech', () => {
    expect(quotes('"He said \'go away\' to me," she cried.')).toEqual([["He said 'go away' to me,"]]);
    expect(quotes("'He called it \"a muddle\", sir,' said Stephen.", "'Aye.'")).toEqual([['He called it "a muddle", sir,'], ['Aye.']]);
  });

  it('carries a quote over paragraphs that open with a mark and close only on the last', () => {
    const texts = ['"It began long ago.', '"I was a boy then.', '"That is all," he said.', 'Then he left.'];
    const style = detectQuoteStyle(texts);
    const found = findDialogue(texts, style);
    expect(found.map((d) => d.spans.length)).toEqual([1, 1, 1, 0]);
    expect(found.map((d) => d.continuesPrevious)).toEqual([false, true, true, false]);
    expect(found[0]?.continuesNext).toBe(true);
  });

  it('does not let an unbalanced mark leak into later paragraphs', () => {
    expect(quotes('He had a particular pride in the phrase "eminently practical.', 'It was a fine day and nobody spoke.', '"Well?" said she.')).toEqual([[], [], ['Well?']]);
  });

  it('skips a stray mark inside a paragraph that is otherwise balanced', () => {
    expect(quotes('"I have been here before, Stephen. And "deed she was right. All wandering and lost."')).toEqual([
      ['I have been here before, Stephen. And "deed she was right. All wandering and lost.'],
    ]);
  });

  it('leaves out titles, words talked about, scare quotes and partial quotes', () => {
    expect(
      quotes(
        'He read "The Times" every morning.',
        'The bottle had a label with the words "DRINK ME" on it.',
        'It was what they called "a muddle" in those parts.',
        'He told them that "this old lady has gone out of her mind" and left.',
        'By the Author of "Sense and Sensibility."',
        'She cried "Stop!" and ran.',
      ),
    ).toEqual([[], [], [], [], [], ['Stop!']]);
  });

  it('reads em-dash dialogue', () => {
    expect(quotes('\u2014Yes, said Stephen.', '\u2014Come on \u2014said Juan\u2014. We are late.', '\u2014 Da, \u2014 skazal on. \u2014 Poidyom.', 'He went.')).toEqual([
      ['Yes,'],
      ['Come on', 'We are late.'],
      ['Da,', 'Poidyom.'],
      [],
    ]);
  });

  it('leaves letters to the narrator', () => {
    expect(quotes('She opened it and read:', '"My dear Friend,', '"Come to dinner to-day.', '"Yours ever,', '"CAROLINE."', '"Well?" said her mother.')).toEqual([
      [],
      [],
      [],
      [],
      [],
      ['Well?'],
    ]);
    expect(quotes('The note was as follows:', '"Meet me at noon by the church."', '"Shall you go?" asked Jane.')).toEqual([[], [], ['Shall you go?']]);
  });

  it('takes a short quoted valediction for the close of a letter, whatever spaces and marks surround it', () => {
    const news = '"I shall be at Longbourn on Monday."';
    expect(quotes(news, '"  Ever yours, with love to you all, Jane  "')).toEqual([[], []]);
    // Nine words are a line of dialogue, not a signature.
    expect(quotes(news, '"  Ever yours, with love to you all, dear Jane  "')).toEqual([
      ['I shall be at Longbourn on Monday.'],
      ['Ever yours, with love to you all, dear Jane'],
    ]);
  });

  it('leaves to the narrator a text that a tag makes speak, when a text is in hand', () => {
    expect(
      quotes(
        'He took the telegram out of his pocket and handed it to me.',
        '"Come at once," it said. "I am close on the track of the gang."',
        'I took the paper from him and read the short notice.',
        '"Late last night," said the Standard, "a man was found dead in his room."',
      ),
    ).toEqual([[], [], [], []]);
    // Without a text about, `it said` is a creature speaking.
    expect(quotes('The little animal looked up at her.', '"How are you getting on now, my dear?" it said, turning to her.')).toEqual([
      [],
      ['How are you getting on now, my dear?'],
    ]);
  });

  it('leaves to the narrator a letter that a speaker announces reading out, not a reply', () => {
    const letter = '"When my brother left us yesterday, he imagined that the business which took him to London might be concluded in three or four days."';
    expect(quotes('"Caroline says none of them will return. I will read it to you--"', letter)).toEqual([
      ['Caroline says none of them will return. I will read it to you--'],
      [],
    ]);
    expect(quotes('"Shall I read it to you?"', letter)).toEqual([['Shall I read it to you?'], [letter.slice(1, -1)]]);
    expect(quotes('"Pray read on."', '"Very well."')).toEqual([['Pray read on.'], ['Very well.']]);
  });
});
