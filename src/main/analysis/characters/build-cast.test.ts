import { describe, expect, it } from 'vitest';
import { analyzeBook } from '../analyze-book';
import { bookOf } from '../testing/book-of';

function cast(...paragraphs: string[]) {
  return analyzeBook(bookOf(paragraphs)).characters;
}

function find(characters: ReturnType<typeof cast>, alias: string) {
  return characters.find((c) => c.aliases.includes(alias));
}

describe('the cast', () => {
  const pride = cast(
    'Mr. Bennet was among the earliest of those who waited on Mr. Bingley. Mrs. Bennet was delighted.',
    '"Do you not want to know?" cried Mrs. Bennet. "Lizzy, come here."',
    '"I do not," said Mr. Bennet. He laughed at his wife.',
    'Miss Elizabeth Bennet and Jane Bennet walked to Meryton on Monday. Elizabeth was tired, and she sat down. Jane Bennet stood.',
    'Elizabeth looked up; she was pale. Jane came in, and she was calm.',
    '"Are you well, Lizzy?" asked Jane, and she smiled.',
    '"Quite well," said Elizabeth. "Eliza is always well," said Mr. Darcy. Darcy laughed; he was in good humour.',
    '"It is a truth," said Elizabeth. "Lizzy is right," said Jane. Jane\'s smile was warm.',
    'In London the Bennets saw Mr. Bingley. Eliza laughed. Bingley bowed, and he smiled.',
  );

  it('merges the forms of one name and keeps apart people who share a surname', () => {
    const elizabeth = find(pride, 'Elizabeth');
    expect(elizabeth?.aliases).toEqual(expect.arrayContaining(['Elizabeth', 'Lizzy', 'Eliza', 'Miss Elizabeth Bennet']));
    const distinct = ['Mr. Bennet', 'Mrs. Bennet', 'Jane', 'Elizabeth'].map((a) => find(pride, a)?.id);
    expect(new Set(distinct).size).toBe(4);
    expect(distinct.every(Boolean)).toBe(true);
    expect(find(pride, 'Jane')?.aliases).toContain('Jane Bennet');
    expect(find(pride, 'Mr. Darcy')?.aliases).toContain('Darcy');
  });

  it('takes gender from titles and from the pronouns after a name', () => {
    expect(find(pride, 'Mr. Bennet')?.gender).toBe('male');
    expect(find(pride, 'Mrs. Bennet')?.gender).toBe('female');
    expect(find(pride, 'Elizabeth')?.gender).toBe('female');
    expect(find(pride, 'Jane')?.gender).toBe('female');
  });

  it('leaves out places, days, families and capitalised words that are not names', () => {
    for (const word of ['London', 'Meryton', 'Monday', 'Bennets', 'In', 'Quite']) expect(find(pride, word)).toBeUndefined();
  });

  it('numbers characters c1, c2, ... and counts their lines', () => {
    pride.forEach((c, i) => expect(c.id).toBe(`c${i + 1}`));
    expect(find(pride, 'Elizabeth')?.lines).toBe(2);
  });

  it('names roles by their description and makes a repeated tag description a role', () => {
    const alice = cast(
      '"Off with her head!" said the Queen.',
      '"Nonsense!" said the Hatter. The Hatter was cross.',
      '"Zero!" called the croupier.',
      '"Rouge!" cried the croupier.',
    );
    expect(find(alice, 'The Queen')?.gender).toBe('female');
    expect(find(alice, 'The Hatter')).toBeDefined();
    expect(find(alice, 'The Croupier')).toBeDefined();
  });

  it('makes a first-person narrator a character, named by how others address them', () => {
    const watson = cast(
      'I had come back late, and I found Holmes by the fire. I sat down opposite him and I waited while my tea grew cold.',
      '"You have been in Afghanistan, Watson," said Holmes.',
      '"How did you know?" I asked.',
      '"My dear Watson, it is simple," said Holmes.',
      '"Simple to you," I said.',
      '"Come, Watson, we must go," said Holmes. I followed him into the street and we took a cab, and I said nothing at all to him.',
      '"Where to?" I asked.',
    );
    const narrator = watson.find((c) => c.narrator);
    expect(narrator?.name).toBe('Watson');
    expect(narrator?.lines).toBe(3);
    expect(watson.filter((c) => c.aliases.includes('Watson'))).toHaveLength(1);
  });
  it('counts `had only said` as a speech tag, so that a role named so speaks, but not a mere mention', () => {
    const circus = cast(
      'Mr. Sleary made one cut at the Clown with his whip, and the Clown had only said, "Do it again!" when Sissy came in.',
      'Later the Clown, left alone in the ring, bowed low. The Juggler bowed too, and the Juggler had only smiled.',
    );
    expect(find(circus, 'The Clown')).toBeDefined();
    expect(find(circus, 'The Juggler')).toBeUndefined();
  });
  it('takes `Miss <surname>` for the eldest daughter when her sisters are called `Miss <first name>`', () => {
    const family = (sophy: string) =>
      cast(
        'Mary Ward and Sophy Ward lived at the Hall with Mr. Ward.',
        '"Good morning," said Mary. Mary smiled; she was happy.',
        `"Good day, ${sophy}," said Mr. Ward. Sophy laughed, and she ran off.`,
        `"${sophy} Ward is late," said Mr. Ward.`,
        '"Where is Miss Ward?" asked Sophy. Miss Ward came in; she was calm.',
        '"Here I am," said Miss Ward.',
      );
    const wards = family('Miss Sophy');
    expect(find(wards, 'Miss Ward')?.id).toBe(find(wards, 'Mary')?.id);
    expect(find(wards, 'Sophy')?.id).not.toBe(find(wards, 'Mary')?.id);
    // Without a sister called `Miss <first name>` nothing says which daughter `Miss Ward` is.
    const plain = family('Sophy');
    expect(find(plain, 'Miss Ward')).toBeDefined();
    expect(find(plain, 'Miss Ward')?.id).not.toBe(find(plain, 'Mary')?.id);
    expect(find(plain, 'Miss Ward')?.id).not.toBe(find(plain, 'Sophy')?.id);
  });
});
