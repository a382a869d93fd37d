/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';

/** The Render side panel: chapters, formats, target, output folder, the job and the pre-flight report. */
export class RenderPanel {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly chapters: Locator;
  readonly outputFolder: Locator;
  /** The folder dialog's button: only in the desktop app. */
  readonly chooseFolderButton: Locator;
  readonly renderButton: Locator;
  readonly pauseButton: Locator;
  readonly resumeButton: Locator;
  readonly cancelButton: Locator;
  readonly progressBar: Locator;
  readonly preflight: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Render' });
    this.panel = page.getByRole('region', { name: 'Render' });
    this.chapters = this.panel.getByRole('group', { name: 'Chapters' });
    this.outputFolder = this.panel.getByRole('textbox', { name: 'Output folder' });
    this.chooseFolderButton = this.panel.getByRole('button', { name: 'Choose…' });
    this.renderButton = this.panel.getByRole('button', { name: 'Render', exact: true });
    this.pauseButton = this.panel.getByRole('button', { name: 'Pause' });
    this.resumeButton = this.panel.getByRole('button', { name: 'Resume' });
    this.cancelButton = this.panel.getByRole('button', { name: 'Cancel' });
    this.progressBar = this.panel.getByRole('progressbar', { name: 'Render progress' });
    this.preflight = this.panel.getByRole('region', { name: 'Pre-flight report' });
    this.notice = this.panel.getByText(/^ACX accepts synthetic narration only where Audible authorises it/);
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.chapters).toBeVisible();
  }

  chapter(title: string): Locator {
    return this.chapters.getByRole('checkbox', { name: title, exact: true });
  }

  format(name: RegExp): Locator {
    return this.panel.getByRole('group', { name: 'Formats' }).getByRole('checkbox', { name });
  }

  target(name: RegExp): Locator {
    return this.panel.getByRole('group', { name: 'Loudness target' }).getByRole('radio', { name });
  }

  /** The report's entry for one file. */
  preflightFile(name: string): Locator {
    return this.preflight.getByRole('listitem').filter({ hasText: name }).first();
  }
}
