/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';

export class ProjectPage {
  readonly bookTitle: Locator;
  readonly sidebar: Locator;
  readonly chapterRows: Locator;
  readonly includedCount: Locator;
  readonly reader: Locator;
  readonly chapterTitle: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.bookTitle = page.getByRole('heading', { level: 1 });
    this.sidebar = page.getByRole('navigation', { name: 'Chapters' });
    this.chapterRows = this.sidebar.getByRole('listitem');
    this.includedCount = this.sidebar.getByText(/^\d+ of \d+ chapters? included$/);
    this.reader = page.getByRole('main');
    this.chapterTitle = this.reader.getByRole('heading', { level: 2 });
    this.closeButton = page.getByRole('button', { name: 'Close project' });
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.sidebar).toBeVisible();
    await expect(this.chapterRows.first()).toBeVisible();
  }

  /** `[included, total]` from the sidebar's count. */
  async counts(): Promise<[number, number]> {
    const text = (await this.includedCount.textContent()) ?? '';
    const match = /^(\d+) of (\d+)/.exec(text);
    if (!match) throw new Error(`no chapter count in "${text}"`);
    return [Number(match[1]), Number(match[2])];
  }

  includeCheckbox(title: string): Locator {
    return this.sidebar.getByRole('checkbox', { name: `Include “${title}” in the audiobook`, exact: true });
  }

  /** The chapter rows whose kind badge reads `kind` ("Body", "Front matter", "Back matter"). */
  rowsOfKind(kind: string): Locator {
    return this.chapterRows.filter({ has: this.page.locator('.kind-badge', { hasText: new RegExp(`^${kind}`) }) });
  }

  async rowTitle(row: Locator): Promise<string> {
    return ((await row.locator('.chapter-item__title').textContent()) ?? '').trim();
  }

  async openChapter(title: string): Promise<void> {
    await this.chapterRows.filter({ has: this.includeCheckbox(title) }).getByRole('button').click();
    await expect(this.chapterTitle).toHaveText(title);
  }

  /** The chapter id of the row button that has the keyboard focus, or null. */
  async focusedChapterId(): Promise<string | null> {
    return this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.chapterId ?? null);
  }

  async close(): Promise<void> {
    await this.closeButton.click();
  }
}
