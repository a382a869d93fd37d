/// <reference lib="dom" />
import { expect, type Locator, type Page } from '@playwright/test';

/** What a rendered line of the script shows. */
export interface LineState {
  id: number;
  kind: 'dialogue' | 'narration';
  speaker: string | null;
  text: string;
}

/** The script view: the lines, the selected line, the speaker menu and the offer to propagate. */
export class ScriptEditorPage {
  readonly lines: Locator;
  readonly heading: Locator;
  readonly selected: Locator;
  readonly speakerMenu: Locator;
  readonly speakerInput: Locator;
  readonly propagation: Locator;
  readonly status: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly searchField: Locator;

  constructor(readonly page: Page) {
    this.lines = page.getByRole('listbox', { name: 'Script lines' });
    this.heading = page.locator('#script-heading');
    this.selected = this.lines.locator('[role="option"][aria-selected="true"]');
    this.speakerMenu = page.getByRole('dialog', { name: 'Choose the speaker' });
    this.speakerInput = this.speakerMenu.getByRole('combobox');
    this.propagation = page.getByRole('region', { name: 'Propagate the fix' });
    this.status = page.locator('.script-status__notice');
    this.undoButton = page.getByRole('group', { name: 'History' }).getByRole('button').first();
    this.redoButton = page.getByRole('group', { name: 'History' }).getByRole('button').last();
    this.searchField = page.getByRole('searchbox', { name: 'Search the book' });
  }

  async waitUntilShown(): Promise<void> {
    await expect(this.lines.getByRole('option').first()).toBeVisible();
  }

  /** The lines whose text contains `text`. */
  line(text: string): Locator {
    return this.lines.getByRole('option').filter({ has: this.page.locator('.segment__text', { hasText: text }) });
  }

  chip(line: Locator): Locator {
    return line.locator('.speaker-chip__name');
  }

  /** Puts the keyboard in the script, as a click on it would. */
  async focus(): Promise<void> {
    await this.lines.focus();
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async selectedLine(): Promise<LineState> {
    const [line] = await this.readLines(this.selected);
    if (!line) throw new Error('no line is selected');
    return line;
  }

  /** Every line in the DOM (the virtualised view renders those near the screen). */
  async renderedLines(): Promise<LineState[]> {
    return this.readLines(this.lines.getByRole('option'));
  }

  /** Chooses a speaker for the selected line by typing in the speaker menu. */
  async chooseSpeaker(name: string): Promise<void> {
    await this.press('s');
    await expect(this.speakerInput).toBeFocused();
    await this.speakerInput.fill(name);
    await expect(this.speakerMenu.getByRole('option', { selected: true })).toContainText(name);
    await this.press('Enter');
    await expect(this.speakerMenu).toBeHidden();
  }

  /** Finds a line through the search panel and selects it in the script. */
  async findLine(text: string): Promise<void> {
    await this.searchField.fill(text);
    await this.searchField.press('Enter');
    const result = this.page.getByRole('list', { name: 'Matches' }).getByRole('button').first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(this.selected.locator('.segment__text')).toContainText(text);
  }

  /** The number of elements inside the script view. */
  async domNodeCount(): Promise<number> {
    return this.lines.evaluate((el) => el.querySelectorAll('*').length);
  }

  /**
   * Scrolls from the top of the book to its end, `step` pixels a frame (two frames per step, so the
   * view renders each position), and returns the most elements the script view held on the way.
   */
  async scrollThroughBook(step: number): Promise<{ most: number; steps: number }> {
    return this.lines.evaluate(async (el, step) => {
      const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));
      el.scrollTo({ top: 0 });
      await frame();
      let most = el.querySelectorAll('*').length;
      let steps = 0;
      // The height grows as rows are measured: go on until the bottom stays reached.
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
        el.scrollTo({ top: el.scrollTop + step });
        await frame();
        await frame();
        most = Math.max(most, el.querySelectorAll('*').length);
        steps++;
      }
      return { most, steps };
    }, step);
  }

  private async readLines(locator: Locator): Promise<LineState[]> {
    return locator.evaluateAll((elements) =>
      elements.map((el) => ({
        id: Number((el as HTMLElement).dataset.segmentId),
        kind: el.classList.contains('segment--dialogue') ? ('dialogue' as const) : ('narration' as const),
        speaker: el.querySelector('.speaker-chip__name')?.textContent ?? null,
        // Dialogue is shown between quotation marks that are not part of the line's text.
        text: (el.querySelector('.segment__text')?.textContent ?? '').replace(el.classList.contains('segment--dialogue') ? /^“|”$/g : /$^/, ''),
      })),
    );
  }
}
