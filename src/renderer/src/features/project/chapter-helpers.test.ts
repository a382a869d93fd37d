import { describe, expect, it } from 'vitest';
import type { ChapterSummary } from '../../../../shared/project';
import { chapterKindLabel, matterRoleLabel } from './chapter-kind-label';
import { defaultChapterId } from './default-chapter';
import { mergeChapters, replaceChapter } from './merge-chapters';

function chapter(id: number, overrides: Partial<ChapterSummary> = {}): ChapterSummary {
  return { id, index: id - 1, title: `Chapter ${id}`, kind: 'body', role: null, included: true, wordCount: 100, paragraphCount: 5, ...overrides };
}

describe('defaultChapterId', () => {
  it('skips front matter and excluded chapters', () => {
    const chapters = [
      chapter(1, { kind: 'front-matter', role: 'title-page', included: false }),
      chapter(2, { included: false }),
      chapter(3),
    ];
    expect(defaultChapterId(chapters)).toBe(3);
  });

  it('falls back to the first body chapter, then to the first chapter, then to none', () => {
    expect(defaultChapterId([chapter(1, { kind: 'front-matter' }), chapter(2, { included: false })])).toBe(2);
    expect(defaultChapterId([chapter(7, { kind: 'back-matter', included: false })])).toBe(7);
    expect(defaultChapterId([])).toBeNull();
  });
});

describe('mergeChapters', () => {
  it('returns the same array when nothing changed', () => {
    const previous = [chapter(1), chapter(2)];
    expect(mergeChapters(previous, [chapter(1), chapter(2)])).toBe(previous);
  });

  it('keeps unchanged objects and takes changed ones', () => {
    const previous = [chapter(1), chapter(2), chapter(3)];
    const next = [chapter(1), chapter(2, { included: false }), chapter(3)];
    const merged = mergeChapters(previous, next);
    expect(merged).not.toBe(previous);
    expect(merged[0]).toBe(previous[0]);
    expect(merged[1]).toBe(next[1]);
    expect(merged[2]).toBe(previous[2]);
  });

  it('follows a different set of chapters', () => {
    const merged = mergeChapters([chapter(1)], [chapter(1), chapter(2)]);
    expect(merged.map((c) => c.id)).toEqual([1, 2]);
  });
});

describe('replaceChapter', () => {
  it('swaps one chapter by id', () => {
    const chapters = [chapter(1), chapter(2)];
    const updated = chapter(2, { included: false });
    const next = replaceChapter(chapters, updated);
    expect(next[0]).toBe(chapters[0]);
    expect(next[1]).toBe(updated);
  });
});

describe('chapter labels', () => {
  it('names kinds and roles', () => {
    expect(chapterKindLabel('front-matter')).toBe('Front matter');
    expect(matterRoleLabel('copyright')).toBe('Copyright');
    expect(matterRoleLabel('other')).toBeNull();
    expect(matterRoleLabel(null)).toBeNull();
  });
});
