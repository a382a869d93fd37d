/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';

/** The side panels: review queue, cast, search, source and charts. */
export class SidePanelsPage {
  readonly panel: Locator;
  readonly reviewList: Locator;
  readonly castList: Locator;
  readonly sourceFrame: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('tabpanel');
    this.reviewList = page.getByRole('listbox', { name: 'Lines to review' });
    this.castList = page.getByRole('list', { name: 'Characters' });
    this.sourceFrame = page.locator('iframe[title="The original page"]');
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async show(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  castRow(name: string): Locator {
    return this.castList.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: `Edit ${name}`, exact: true }) });
  }

  /** `[lines, words]` as the cast panel shows them for a character. */
  async castCounts(name: string): Promise<[number, number]> {
    const text = (await this.castRow(name).locator('.cast-row__counts').textContent()) ?? '';
    const match = /^(\d+) lines? · (\d+) words/.exec(text);
    if (!match) throw new Error(`no counts in "${text}"`);
    return [Number(match[1]), Number(match[2])];
  }

  async mergeCharacter(from: string, into: string): Promise<void> {
    await this.castRow(from).getByRole('button', { name: `Edit ${from}`, exact: true }).click();
    const row = this.castRow(from);
    await row.getByLabel(`Merge ${from} into`).selectOption({ label: into });
    await row.getByRole('button', { name: 'Merge', exact: true }).click();
  }
}
