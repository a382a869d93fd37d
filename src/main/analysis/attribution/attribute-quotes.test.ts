import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../analyze-book';
import { bookOf } from '../testing/book-of';

/** Each dialogue segment as `speaker name: words (reason)`. */
function lines(...paragraphs: string[]): string[] {
  const result = analyzeBook(bookOf(paragraphs));
  const names = new Map(result.characters.map((c) => [c.id, c.name]));
  return (result.chapters[0]?.segments ?? [])
    .filter((s) => s.kind === 'dialogue')
    .map((s) => `${s.speakerId ? names.get(s.speakerId) : '?'}: ${s.text} (${s.reason})`);
}

const intro = 'Mr. Bennet sat in the library. Mrs. Bennet came in; she was flushed. Mr. Bennet looked up at her, and he sighed. She sat down.';

describe('attribution rules', () => {
  it('reads a speech verb with a name, before or after the quote, and in the middle of it', () => {
    expect(lines(intro, '"Yes," said Mr. Bennet, "I will."', 'Mrs. Bennet replied, "Then go."', '"Now," Mr. Bennet answered.')).toEqual([
      'Mr. Bennet: Yes, (speech-verb-name)',
      'Mr. Bennet: I will. (speech-verb-name)',
      'Mrs. Bennet: Then go. (speech-verb-name)',
      'Mr. Bennet: Now, (speech-verb-name)',
    ]);
  });

  it('resolves a pronoun to the nearest person of its gender, not the one who just spoke', () => {
    expect(lines(intro, '"Have you heard?" said Mrs. Bennet.', '"I have not," returned he.', '"It is let," said she.')).toEqual([
      'Mrs. Bennet: Have you heard? (speech-verb-name)',
      'Mr. Bennet: I have not, (speech-verb-pronoun)',
      'Mrs. Bennet: It is let, (speech-verb-pronoun)',
    ]);
  });

  it('resolves `his wife` and `his lady` to the spouse of the man just named', () => {
    expect(lines(intro, '"My dear Mr. Bennet," said his lady to him, "have you heard?"', '"No," said Mr. Bennet.', '"Then listen!" cried his wife.')).toEqual([
      'Mrs. Bennet: My dear Mr. Bennet, (speech-verb-description)',
      'Mrs. Bennet: have you heard? (speech-verb-description)',
      'Mr. Bennet: No, (speech-verb-name)',
      'Mrs. Bennet: Then listen! (speech-verb-description)',
    ]);
  });

  it('gives an untagged quote to the person whose action opens the paragraph', () => {
    expect(lines(intro, 'Mrs. Bennet rose from her chair. "I shall go."')).toEqual(['Mrs. Bennet: I shall go. (action-beat)']);
  });

  it('keeps the speaker of a quote carried over several paragraphs', () => {
    expect(lines(intro, '"It began long ago," said Mr. Bennet, "when I was young.', '"I was a foolish boy.', '"And so I married."')).toEqual([
      'Mr. Bennet: It began long ago, (speech-verb-name)',
      'Mr. Bennet: when I was young. (speech-verb-name)',
      'Mr. Bennet: I was a foolish boy. (continuation)',
      'Mr. Bennet: And so I married. (continuation)',
    ]);
  });

  it('alternates untagged lines between the two people talking', () => {
    expect(lines(intro, '"Is he married?" said Mrs. Bennet.', '"Single," said Mr. Bennet.', '"What a fine thing!"', '"How so?"', '"You are tiresome."')).toEqual([
      'Mrs. Bennet: Is he married? (speech-verb-name)',
      'Mr. Bennet: Single, (speech-verb-name)',
      'Mrs. Bennet: What a fine thing! (turn-taking)',
      'Mr. Bennet: How so? (turn-taking)',
      'Mrs. Bennet: You are tiresome. (turn-taking)',
    ]);
  });

  it('lets the person addressed by name answer', () => {
    const out = lines(
      'Jane and Elizabeth sat together; Mr. Darcy stood by the window. Elizabeth was silent, and she smiled. Jane smiled too; she was happy. Darcy bowed; he was grave.',
      '"Hush," said Elizabeth. "Let us wait," said Jane.',
      '"What do you think, Elizabeth?" said Jane.',
      '"I think he is proud."',
    );
    expect(out[3]).toBe('Elizabeth: I think he is proud. (vocative)');
  });

  it('does not let anyone address themselves by name', () => {
    const out = lines(intro, 'Mrs. Bennet sat down by the fire. "Do you know, Mrs. Bennet, I think not."');
    expect(out[0]).toBe('Mr. Bennet: Do you know, Mrs. Bennet, I think not. (conversation-flow)');
  });

  it('attributes the first-person narrator\'s lines to the narrator', () => {
    const out = lines(
      'I went down to the Casino with Polina, and I watched her as she played. I did not speak to her for an hour, and then I took her arm.',
      '"Have you lost?" I asked.',
      '"Everything," said Polina.',
    );
    expect(out[0]).toBe('Narrator: Have you lost? (first-person-narrator)');
    expect(out[1]).toBe('Polina: Everything, (speech-verb-name)');
  });
  it('hands a tag between two quotes to the next one when the first has its own tag and ends its sentence', () => {
    expect(lines(intro, 'When Mr. Bennet asked, "Who is it?" Mrs. Bennet said, "A young man."')).toEqual([
      'Mr. Bennet: Who is it? (speech-verb-name)',
      'Mrs. Bennet: A young man. (speech-verb-name)',
    ]);
    // A quote that ends on a comma is carried on by the tag after it.
    expect(lines(intro, 'Then Mr. Bennet said, "Well," Mr. Bennet said, "go on."')).toEqual([
      'Mr. Bennet: Well, (speech-verb-name)',
      'Mr. Bennet: go on. (speech-verb-name)',
    ]);
  });

  it('reads a pronoun tag later in a paragraph as the speaker already named there, not the person just mentioned', () => {
    const sisters = 'Jane and Elizabeth sat together. Jane smiled; she was happy. Elizabeth laughed, and she was gay.';
    expect(lines(sisters, '"Nonsense!" said Jane; and, turning to Elizabeth, she went on. "You are wrong."')).toEqual([
      'Jane: Nonsense! (speech-verb-name)',
      'Jane: You are wrong. (speech-verb-pronoun)',
    ]);
    // A pronoun of the other gender is someone else.
    expect(lines(intro, '"Come," said Mr. Bennet; and when Mrs. Bennet rose, she cried, "Wait!"')).toEqual([
      'Mr. Bennet: Come, (speech-verb-name)',
      'Mrs. Bennet: Wait! (speech-verb-pronoun)',
    ]);
  });
  it('takes a lead-in tag from narration that follows a quote in the paragraph before', () => {
    const out = lines(intro, '"Unimportant, I meant," Mr. Bennet hastily said, and went on to himself in an undertone,', '"important--unimportant--"');
    expect(out[1]).toBe('Mr. Bennet: important--unimportant-- (speech-verb-name)');
    const pause = lines(intro, '"Have you heard?" said Mr. Bennet. "They are come."--A short pause followed this speech, and Mrs. Bennet began again.', '"I have a great regard for her."');
    expect(pause[2]).toBe('Mrs. Bennet: I have a great regard for her. (speech-verb-name)');
    // A tag that closes its own quote does not lead into the next paragraph.
    const own = lines(intro, '"Is he married?" said Mrs. Bennet.', '"Single," said Mr. Bennet.', '"What a fine thing!"');
    expect(own[2]).toBe('Mrs. Bennet: What a fine thing! (turn-taking)');
  });
});
