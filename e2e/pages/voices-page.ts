/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';

/** The Voices side panel (cast voices, a line's voice, pronunciations, library) and the audition player. */
export class VoicesPage {
  readonly tab: Locator;
  readonly autoCastButton: Locator;
  readonly characterVoices: Locator;
  readonly player: Locator;
  readonly playerTitle: Locator;
  readonly waveform: Locator;
  readonly heardText: Locator;
  readonly stopButton: Locator;
  readonly playAgainButton: Locator;
  readonly pronunciations: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Voices', exact: true });
    this.autoCastButton = page.getByRole('button', { name: 'Cast automatically' });
    this.characterVoices = page.getByRole('list', { name: 'Character voices' });
    this.player = page.getByRole('region', { name: 'Audition' });
    this.playerTitle = this.player.getByRole('heading', { level: 2 });
    this.waveform = this.player.locator('.audition-wave');
    this.heardText = this.player.getByLabel('What is heard');
    this.stopButton = this.player.getByRole('button', { name: /^Stop/ });
    this.playAgainButton = this.player.getByRole('button', { name: /^Play again/ });
    this.pronunciations = page.getByRole('list', { name: 'Pronunciations' });
  }

  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  async showView(name: 'Cast' | 'Line & chapter' | 'Pronunciations' | 'Library'): Promise<void> {
    const button = this.page.getByRole('group', { name: 'Voices views' }).getByRole('button', { name, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** The voice picker of a character in the Voices panel. */
  voicePicker(name: string): Locator {
    return this.characterVoices.getByLabel(`Voice of ${name}`, { exact: true });
  }

  async autoCast(): Promise<void> {
    await this.autoCastButton.click();
    await expect(this.autoCastButton).toBeEnabled();
  }

  /** Waits for the player to hold decoded audio; returns its length in seconds as the waveform has it. */
  async decodedSeconds(): Promise<number> {
    await expect(this.waveform).toHaveAttribute('data-state', 'ready');
    return Number(await this.waveform.getAttribute('data-duration'));
  }

  async addPronunciation(word: string, respelling: string): Promise<void> {
    const form = this.page.locator('.lexicon-form').first();
    await form.getByLabel('Word or phrase').fill(word);
    await form.getByLabel('Said as').selectOption('alias');
    await form.getByLabel('Respelling').fill(respelling);
    await form.getByRole('button', { name: 'Add' }).click();
    await expect(this.pronunciations.getByRole('listitem').filter({ hasText: word })).toBeVisible();
  }

  async hearPronunciation(word: string): Promise<void> {
    await this.pronunciations.getByRole('button', { name: `Hear “${word}”` }).click();
  }
}
