import { describe, expect, it } from 'vitest';
import type { CastLookup } from '../characters/build-cast';
import { scanNames } from '../characters/scan-names';
import type { ParagraphModel } from '../paragraph-model';
import { tagAfter, tagBefore } from './explicit-tags';
import type { Referent } from './referents';

const noCast: CastLookup = { resolve: () => null, described: () => null };

function model(text: string): ParagraphModel {
  return { chapter: 0, text, spans: [], continuesPrevious: false, continuesNext: false, sceneStart: false, names: scanNames(text) };
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
