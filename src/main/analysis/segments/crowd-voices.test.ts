import { describe, expect, it } from 'vitest';
import { findDialogue } from './find-dialogue';
import { detectQuoteStyle } from './quote-style';

function quotes(...texts: string[]): string[][] {
  const style = detectQuoteStyle(texts);
  return findDialogue(texts, style).map((d, i) => d.spans.map((s) => (texts[i] ?? '').slice(s.start, s.end)));
}

describe('the talk of a crowd', () => {
  it('leaves out what many voices are overheard saying, and what follows it with nobody named', () => {
    expect(
      quotes(
        'Then came the sound of a good many voices all talking together: she made out the words: "Where is the ladder?--Fetch it here, lad!" (a loud crash)--"Now, who did that?"',
        'The whole party crowded round her, calling out in a confused way, "Prizes! Prizes!"',
      ),
    ).toEqual([[], []]);
  });

  it('keeps voices that call out, a chorus that answers, and a named speaker after the crowd', () => {
    expect(
      quotes(
        'A few stern voices called out "No!"',
        'One half of the children cried in chorus, "Yes, sir!"',
        'There was a confusion of voices--"Hold up his head!" Then the Rabbit said, "Catch him!"',
      ),
    ).toEqual([['No!'], ['Yes, sir!'], ['Catch him!']]);
  });
});
