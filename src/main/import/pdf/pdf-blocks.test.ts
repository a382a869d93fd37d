import { describe, expect, it } from 'vitest';
import { measureBody } from './body-metrics';
import { pageLines, type PdfLine } from './page-lines';
import { assembleBlocks } from './pdf-blocks';
import { syntheticPage, type SyntheticLine } from './testing/synthetic-page';
import { typeset, type TypesetOptions } from './testing/typeset';

const SENTENCES = [
  'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness.',
  '“Is it far?” she asked.',
  'The road wound up the hill between hedges of hawthorn and elder, and the carriage went slowly, for the horses were tired and the driver was in no hurry to reach the inn before dark.',
  'He said nothing at all for a long while, and then only that the weather would change.',
  '“I hope it will not rain,” said Mr. Darcy, looking at the sky with an air of great concern for the state of the roads.',
  'Nobody answered him.',
];

function blocksOf(pages: SyntheticLine[][]): string[] {
  const lines = pages.map((p, i) => pageLines(syntheticPage(i + 1, p)));
  const metrics = measureBody(lines);
  return assembleBlocks(lines, metrics).map((b) => b.lines.map((l) => l.readingText).join(' '));
}

function roundTrip(paragraphs: string[], options: TypesetOptions): string[] {
  return blocksOf(typeset(paragraphs, options));
}

describe('assembleBlocks', () => {
  const many = Array.from({ length: 24 }, (_, i) => SENTENCES[i % SENTENCES.length]!);

  it('finds paragraphs spaced apart, and joins those that go on over a page break', () => {
    expect(roundTrip(many, { paragraphGap: 12, linesPerPage: 17 })).toEqual(many);
  });

  it('finds indented paragraphs set without a gap', () => {
    expect(roundTrip(many, { indent: 18, lineSpacing: 14, linesPerPage: 23 })).toEqual(many);
  });

  it('finds paragraphs with neither gap nor indent from lines that stop short', () => {
    const prose = many.filter((s) => !s.startsWith('“'));
    expect(roundTrip(prose, { lineSpacing: 14, linesPerPage: 19 })).toEqual(prose);
  });

  it('learns the spacing, the indent and the text width', () => {
    const lines = typeset(many, { indent: 18, lineSpacing: 14 }).map((p, i) => pageLines(syntheticPage(i + 1, p)));
    expect(measureBody(lines)).toMatchObject({ size: 12, lineSpacing: 14, paragraphSpacing: 0, indent: 18, textWidth: 300 });
    const spaced = typeset(many, { paragraphGap: 12 }).map((p, i) => pageLines(syntheticPage(i + 1, p)));
    expect(measureBody(spaced)).toMatchObject({ lineSpacing: 18, paragraphSpacing: 30, indent: 0 });
  });

  it('keeps an indented block (a letter) together instead of splitting it at every line', () => {
    const page: SyntheticLine[] = [
      ['She opened the letter, which ran as follows, and read', 57, 75],
      ['it twice.', 57, 93],
      ['My dear sister, I write in haste, for the post', 87, 123],
      ['goes at noon and I have a great deal to tell you', 87, 141],
      ['about the ball.', 87, 159],
      ['She put the letter down and went to the window to look', 57, 189],
      ['at the rain.', 57, 207],
    ];
    expect(blocksOf([page])).toEqual([
      'She opened the letter, which ran as follows, and read it twice.',
      'My dear sister, I write in haste, for the post goes at noon and I have a great deal to tell you about the ball.',
      'She put the letter down and went to the window to look at the rain.',
    ]);
  });

  it('ends a paragraph at a page break where speeches change or the page was not full', () => {
    const page = (number: number, texts: readonly string[]): PdfLine[] => pageLines(syntheticPage(number, texts.map((t, i): SyntheticLine => [t, 57, 75 + i * 18])));
    const full = (text: string): string[] => [...Array.from({ length: 9 }, (_, i) => `line ${i} of a page that is filled to its foot with`), text];
    const pages = [
      // Ends a sentence well above the foot of the page: the paragraph ended there.
      page(1, ['The day wore on, and nothing happened, and so the day', 'came to its end.']),
      // Full to the foot, and a speech closes here while another opens on the next page.
      page(2, ['Then he spoke at last, and all of them listened closely', ...full('is what he said, and all he said to me.”')]),
      // Full to the foot in the middle of a sentence: the paragraph goes on.
      page(3, ['“Then he was wrong,” she said, and she turned away', ...full('and walked over to the window, where the rain was')]),
      page(4, ['still falling on the garden.']),
    ];
    const metrics = { ...measureBody(pages), lineSpacing: 18, paragraphSpacing: 30, indent: 0, bottom: 237 };
    const blocks = assembleBlocks(pages, metrics).map((b) => b.lines.map((l) => l.readingText).join(' '));
    expect(blocks.map((b) => b.slice(-16))).toEqual(['came to its end.', ' he said to me.”', 'g on the garden.']);
  });

  it('marks a scene break from an ornament or from an extra line of space', () => {
    const page: SyntheticLine[] = [
      ['The first scene ends here.', 57, 75],
      ['* * *', 180, 105],
      ['The second scene begins.', 57, 135],
      ['The third scene, after a wide gap.', 57, 201],
      ['And a normal paragraph.', 57, 231],
    ];
    const lines = [pageLines(syntheticPage(1, page))];
    const blocks = assembleBlocks(lines, { ...measureBody(lines), lineSpacing: 18, paragraphSpacing: 30 });
    expect(blocks.map((b) => [b.lines[0]!.readingText, b.sceneBreakBefore])).toEqual([
      ['The first scene ends here.', false],
      ['The second scene begins.', true],
      ['The third scene, after a wide gap.', true],
      ['And a normal paragraph.', false],
    ]);
  });

  it('starts a block at each line it is told to', () => {
    const lines = typeset([SENTENCES[2]!], {}).map((p, i) => pageLines(syntheticPage(i + 1, p)));
    const cut: PdfLine = lines[0]![2]!;
    const blocks = assembleBlocks(lines, measureBody(lines), new Set([cut]));
    expect(blocks).toHaveLength(2);
    expect(blocks[1]!.lines[0]).toBe(cut);
  });
});
