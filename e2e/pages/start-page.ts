/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** What a watcher saw of the import's progress bar, however briefly it was on screen. */
export interface ProgressSeen {
  appeared: boolean;
  values: string[];
}

export class StartPage {
  readonly openButton: Locator;
  readonly formats: Locator;
  readonly recent: Locator;
  readonly progressBar: Locator;
  readonly cancelButton: Locator;
  readonly error: Locator;
  readonly dropOverlay: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Open manuscript…' });
    this.formats = page.getByRole('list', { name: 'Supported formats' });
    this.recent = page.getByRole('region', { name: 'Recent projects' });
    this.progressBar = page.getByRole('progressbar');
    this.cancelButton = page.getByRole('button', { name: 'Cancel' });
    this.error = page.getByRole('alert');
    this.dropOverlay = page.getByText('Drop the manuscript to open it');
  }

  /** The start screen is up and its recent list holds the engine's answer, not the last one shown. */
  async waitUntilShown(): Promise<void> {
    await expect(this.openButton).toBeVisible();
    await expect(this.recent).toHaveAttribute('aria-busy', 'false');
  }

  /** Opens a manuscript through the file chooser, as a person would. */
  async openManuscript(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.openButton.click();
    await (await chooser).setFiles(path);
  }

  /** The recent-list entries of a book: the entry's open button is named by the title, then the author. */
  recentProject(title: string): Locator {
    return this.recent.getByRole('listitem').filter({ has: this.openRecentButton(title) });
  }

  async openRecent(title: string): Promise<void> {
    await this.recentProject(title).first().locator(this.openRecentButton(title)).click();
  }

  private openRecentButton(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}\\b`) });
  }

  /** Drags a file over the window, as from a file manager, without dropping it yet. */
  async dragFileOver(path: string): Promise<void> {
    await this.dispatchFileDrag(path, ['dragenter', 'dragover']);
  }

  /** Drops a file on the window; the DataTransfer is built in the page from the file's bytes. */
  async dropFile(path: string): Promise<void> {
    await this.dispatchFileDrag(path, ['dragenter', 'dragover', 'drop']);
  }

  /**
   * Records every state of the progress bar from now on. A small book imports in a blink, faster than
   * polling can see; a MutationObserver sees every frame the page renders.
   */
  async watchProgress(): Promise<() => Promise<ProgressSeen>> {
    await this.page.evaluate(() => {
      const seen = { appeared: false, values: [] as string[] };
      Reflect.set(window, '__progressSeen', seen);
      const record = (): void => {
        document.querySelectorAll('[role="progressbar"]').forEach((bar) => {
          seen.appeared = true;
          const value = bar.getAttribute('aria-valuenow');
          if (value !== null && seen.values.at(-1) !== value) seen.values.push(value);
        });
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    });
    return () => this.page.evaluate(() => Reflect.get(window, '__progressSeen') as ProgressSeen);
  }

  private async dispatchFileDrag(path: string, types: string[]): Promise<void> {
    const bytes = await readFile(path);
    await this.page.evaluate(
      ({ name, base64, types }) => {
        const binary = atob(base64);
        const data = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name));
        for (const type of types) {
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { name: basename(path), base64: bytes.toString('base64'), types },
    );
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
