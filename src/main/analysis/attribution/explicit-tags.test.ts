import { describe, expect, it } from 'vitest';
import type { CastLookup } from '../characters/build-cast';
import { scanNames } from '../characters/scan-names';
import { wordBounds } from '../text-scan';
import type { ParagraphModel } from '../paragraph-model';
import { tagAfter, tagBefore } from './explicit-tags';
import type { Referent } from './referents';

const noCast: CastLookup = { resolve: () => null, described: () => null };

function model(text: string): ParagraphModel {
  const words = wordBounds(text);
  return { chapter: 0, text, spans: [], continuesPrevious: false, continuesNext: false, sceneStart: false, words, names: scanNames(text, words) };
}

/** A readable form of a referent: the name, `pronoun:female`, `I`, or `description:female:spouse`. */
function show(text: string, r: Referent | undefined): string {
  if (!r) return 'none';
  if (r.kind === 'name') return text.slice(r.at).match(/^(?:the\s+)?(?:Mr\.\s+|Mrs\.\s+)?[\p{L}-]+/iu)?.[0] ?? 'name';
  if (r.kind === 'pronoun') return r.firstPerson ? 'I' : `pronoun:${r.gender}`;
  return `description:${r.gender}${r.relation ? `:${r.relation}` : ''}`;
}

function after(narration: string): string {
  const p = model(narration);
  return show(narration, tagAfter(p, 0, narration.length, noCast)?.referent);
}

function before(narration: string): string {
  const p = model(narration);
  return show(narration, tagBefore(p, 0, narration.length, noCast)?.referent);
}

describe('speech tags after a quote', () => {
  it('reads verb + name and name + verb, with adverbs between', () => {
    expect(after(' said Mr. Bennet.')).toBe('Mr. Bennet');
    expect(after(' Jane replied.')).toBe('Jane');
    expect(after(' the Hatter hastily said.')).toBe('the Hatter');
    expect(after(' said Alice angrily.')).toBe('Alice');
    expect(after(' went on Mr. Collins.')).toBe('Mr. Collins');
  });

  it('reads pronouns, the first person and descriptions', () => {
    expect(after(' returned she;')).toBe('pronoun:female');
    expect(after(' he said.')).toBe('pronoun:male');
    expect(after(' I replied.')).toBe('I');
    expect(after(' said his lady to him one day,')).toBe('description:female:spouse');
    expect(after(' cried his wife.')).toBe('description:female:spouse');
    expect(after(' said the old gentleman.')).toBe('description:male');
    expect(after(' was her answer.')).toBe('pronoun:female');
  });

  it('ignores narration that is not a tag', () => {
    expect(after(' She turned away.')).toBe('none');
    expect(after(' and the General supported him.')).toBe('none');
    expect(after(' went Elizabeth to the door.')).toBe('none');
  });
});

describe('speech tags before a quote', () => {
  it('reads the clause that leads into the quote', () => {
    expect(before('Mr. Bennet said,')).toBe('Mr. Bennet');
    expect(before('After a pause, she replied:')).toBe('pronoun:female');
    expect(before('Then turning to Jane, Elizabeth said,')).toBe('Elizabeth');
    expect(before('Sissy hesitated, and so plainly showed her doubt, that Louisa added,')).toBe('Louisa');
    expect(before('As soon as they were gone Mr. Collins began.')).toBe('Mr. Collins');
  });

  it('finds the subject across an aside or a relative clause', () => {
    expect(before('for Mrs. Bennet protested he must be mistaken, and Lydia, always unguarded and often uncivil, boisterously exclaimed,')).toBe('Lydia');
    expect(before('She opened the door, and met Maria in the landing place, who, breathless with agitation, cried out,')).toBe('Maria');
    expect(before('She looked up at Jane, who instantly replied,')).toBe('Jane');
    expect(before('Lydia, whom Kitty, laughing, answered,')).not.toBe('Lydia');
  });

  it('ignores a verb that is denied or not at the end of the clause', () => {
    expect(before('Which he never did say.')).toBe('none');
    expect(before('Elizabeth said nothing, and looked away.')).toBe('none');
  });
});

describe('tag wording', () => {
  it('takes adverbs before an inverted verb, `thus`, and a dash before an inverted verb', () => {
    expect(after(' again interrupted Mr. Collins.')).toBe('Mr. Collins');
    expect(before('till Mr. Collins thus began.')).toBe('Mr. Collins');
    expect(after('--cried Elizabeth.')).toBe('Elizabeth');
    expect(after('--Jane replied.')).toBe('none');
  });

  it('reads auxiliaries and `began to say`, but not a passive or a verb that is only meant', () => {
    expect(after(' Blanche would say of me,')).toBe('Blanche');
    expect(after(' Alice was beginning very angrily,')).toBe('Alice');
    expect(before('Alice began to say')).toBe('Alice');
    expect(before('Alice was just beginning to think to herself,')).toBe('Alice');
    expect(before('Piglet, who had been silent, managed to say very huskily:')).toBe('Piglet');
    expect(after(' Jane was asked.')).toBe('none');
    expect(before('She meant to say,')).toBe('none');
    expect(before('she would have said,')).toBe('none');
    expect(before('He went to the window to whisper')).toBe('none');
  });

  it('reads a participle that introduces the quote, and carries it back to a speech verb before it', () => {
    expect(before('The Dodo solemnly presented the thimble, saying')).toBe('The Dodo');
    expect(before('Kanga was fidgeting about and saying')).toBe('Kanga');
    expect(before('while Mrs. Reynolds replied, that he was, adding,')).toBe('Mrs. Reynolds');
    expect(before('Jane left without saying a word.')).toBe('none');
  });

  it('gives a passive speech verb to its agent', () => {
    expect(before('and he was thinking of her, when thus accosted by Mrs. Hurst,')).toBe('Mrs. Hurst');
    expect(before('Mrs. Hurst came towards her, and thus accosted her,')).toBe('Mrs. Hurst');
    expect(before('Jane, who had been asked by Kitty, answered,')).toBe('Jane');
  });

  it('lets a short phrase follow the verb, and a dash end it', () => {
    expect(before('Rabbit said in a loud voice')).toBe('Rabbit');
    expect(before('Elizabeth coloured, and said--')).toBe('Elizabeth');
    expect(before('Rabbit said it was time to go')).toBe('none');
  });
});

describe('the subject of a lead-in clause', () => {
  it('skips the object of a preposition with an article', () => {
    expect(before('and then turning to the Hatter, Alice took a breath and said,')).toBe('Alice');
  });

  it('looks past a subordinate clause at the start', () => {
    expect(before('As she went up stairs, Mrs. Bennet followed her, saying,')).toBe('Mrs. Bennet');
    expect(before('When Elizabeth called out,')).toBe('Elizabeth');
  });

  it('shares the subject of the clause before a semicolon when the clause opens with a conjunction', () => {
    expect(before('Mr. Collins was gratified; and with a smile replied,')).toBe('Mr. Collins');
    expect(before('Mr. Collins was gratified; the former replied,')).toBe('none');
  });

  it('takes the subject of the last coordinate clause', () => {
    expect(before('Mr. Sleary made one cut at the Clown, and the Clown had only said,')).toBe('Clown');
    expect(before('Jane took the letter, and with a smile said,')).toBe('Jane');
  });

  it('shares the subject before a semicolon with a clause that opens with its participle', () => {
    expect(before('Mr. Denny told them that Wickham was not yet returned; adding, with a significant smile,')).toBe('Mr. Denny');
  });

  it('reads a clause that announces what follows as a tag', () => {
    expect(before('and Mr. Sleary, in some haste, communicated the following hint, apart to Mr. Bounderby.')).toBe('Mr. Sleary');
    expect(before('After breakfast, Mr. Bounderby addressed them in the following terms:')).toBe('Mr. Bounderby');
    expect(before('The following day Mr. Bounderby went out to the bank and the mills, and came back late.')).toBe('none');
  });

  it('does not take a semicolon-closed clause or a noun for a tag', () => {
    expect(before(' said Mrs. Hurst, who agreed with everything that Jane said;')).toBe('none');
    expect(before('Mrs. Gradgrind departed, after delivering the codicil to her remarks already made:')).toBe('none');
  });

  it('finds a subject before a relative clause and a second verb, but not an object', () => {
    expect(before('This was addressed to Mr. Gradgrind, who received it gravely, and then remarked:')).toBe('Mr. Gradgrind');
    expect(before('the Lory, who at last turned sulky, and would only say,')).toBe('Lory');
    expect(before('Very soon the Rabbit noticed Alice, as she went hunting about, and called out to her,')).toBe('the Rabbit');
  });
});
