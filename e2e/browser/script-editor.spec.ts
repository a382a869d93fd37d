/// <reference lib="dom" />
import type { Page, TestInfo } from '@playwright/test';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../src/main/testing/corpus';
import { expect, test } from '../fixtures/test';
import type { LineState } from '../pages/script-editor-page';
import type { StudioApp } from '../pages/studio-app';

test.skip(!hasCorpus, corpusSkipReason);

const PRIDE = corpusPath('epub/pride-and-prejudice.epub');

/** A screenshot kept with the test's results (as a file, and in the report). */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function openPride(app: StudioApp): Promise<void> {
  await app.open();
  await app.start.openManuscript(PRIDE);
  await app.script.waitUntilShown();
  await expect(app.script.heading).toHaveText('I');
}

async function reopenPride(app: StudioApp): Promise<void> {
  await app.project.close();
  await app.start.waitUntilShown();
  await app.start.openRecent('Pride and Prejudice');
  await app.script.waitUntilShown();
}

/** The speakers of the given lines, among those rendered. */
async function speakersOf(app: StudioApp, ids: number[]): Promise<Record<number, string | null>> {
  const lines = await app.script.renderedLines();
  return Object.fromEntries(ids.map((id) => [id, lines.find((l) => l.id === id)?.speaker ?? 'not rendered']));
}

test('fixes a speaker by keyboard, propagates through the conversation, undoes and redoes, and keeps it all', async ({ app, page }, testInfo) => {
  await openPride(app);
  await keepScreenshot(page, testInfo, 'script-editor');

  // To the first line the analysis doubted, without the mouse.
  await app.script.focus();
  await app.script.press('n');
  const doubtful = await app.script.selectedLine();
  expect(doubtful.kind).toBe('dialogue');
  const target = ['Elizabeth', 'Jane', 'Mr. Darcy'].find((name) => name !== doubtful.speaker)!;

  await app.script.press('s');
  await expect(app.script.speakerInput).toBeFocused();
  await keepScreenshot(page, testInfo, 'speaker-menu');
  await app.script.press('Escape');
  await expect(app.script.speakerMenu).toBeHidden();
  await expect(app.script.lines).toBeFocused();

  await app.script.chooseSpeaker(target);
  await expect(app.script.chip(app.script.selected)).toHaveText(target);
  await expect(app.script.lines).toBeFocused();

  // The fix changes how the rest of the conversation alternates: the studio offers to follow it through.
  await expect(app.script.propagation).toBeVisible();
  const offered = Number(/(\d+) later lines?/.exec((await app.script.propagation.textContent()) ?? '')?.[1]);
  expect(offered).toBeGreaterThan(0);
  await keepScreenshot(page, testInfo, 'propagation-offer');
  const fixed = await app.script.renderedLines();
  await app.script.press('p');
  await expect(app.script.propagation).toBeHidden();
  await expect(app.script.status).toContainText(`${offered} later`);
  const propagated = await app.script.renderedLines();
  const changed = propagated.filter((line) => fixed.some((f) => f.id === line.id && f.speaker !== line.speaker));
  expect(changed.length, 'later lines of the conversation changed speaker').toBeGreaterThan(0);
  expect(changed.length).toBeLessThanOrEqual(offered);
  const at = (line: LineState): number => propagated.findIndex((l) => l.id === line.id);
  for (const line of changed) expect(at(line), 'only lines after the fixed one change').toBeGreaterThan(at(doubtful));
  const changedIds = changed.map((l) => l.id);
  const before = Object.fromEntries(changedIds.map((id) => [id, fixed.find((f) => f.id === id)!.speaker]));
  const after = Object.fromEntries(changed.map((l) => [l.id, l.speaker]));

  // Undo takes back the propagation, then the fix; redo brings both back.
  await expect(app.script.undoButton).toBeEnabled();
  await app.script.press('Control+z');
  await expect.poll(() => speakersOf(app, changedIds)).toEqual(before);
  await expect(app.script.chip(app.script.line(doubtful.text))).toHaveText(target);
  await app.script.press('Control+z');
  await expect(app.script.chip(app.script.line(doubtful.text))).toHaveText(doubtful.speaker ?? '');
  await app.script.press('Control+Shift+z');
  await expect(app.script.chip(app.script.line(doubtful.text))).toHaveText(target);
  await app.script.press('Control+y');
  await expect.poll(() => speakersOf(app, changedIds)).toEqual(after);

  // Every change is in the project file: close it, reopen it, and find the lines again.
  await reopenPride(app);
  await app.script.findLine(doubtful.text);
  await expect(app.script.chip(app.script.selected)).toHaveText(target);
  await expect.poll(() => speakersOf(app, changedIds)).toEqual(after);
  await expect(app.script.undoButton).toBeEnabled();
});

test('merges two characters in the cast panel, and keeps the merge', async ({ app, page }, testInfo) => {
  await openPride(app);
  await app.panels.show('Cast');
  await expect(app.panels.castRow('Caroline')).toHaveCount(1);
  const [carolineLines] = await app.panels.castCounts('Caroline');
  const [bingleyLines] = await app.panels.castCounts('Miss Bingley');
  expect(carolineLines).toBeGreaterThan(0);

  // Choosing a character filters the script to their lines.
  await app.panels.castRow('Caroline').getByRole('button', { name: 'Show only Caroline’s lines' }).click();
  await expect(app.script.heading.locator('..')).toContainText('Showing the lines of Caroline');
  await app.script.waitUntilShown();
  const hers = (await app.script.renderedLines()).find((line) => line.speaker === 'Caroline');
  expect(hers, 'a line of Caroline’s is on screen').toBeDefined();
  await keepScreenshot(page, testInfo, 'cast-filter');

  await app.panels.mergeCharacter('Caroline', 'Miss Bingley');
  await expect(app.panels.castRow('Caroline')).toHaveCount(0);
  await expect.poll(async () => (await app.panels.castCounts('Miss Bingley'))[0]).toBe(bingleyLines + carolineLines);
  await app.script.findLine(hers!.text);
  await expect(app.script.chip(app.script.selected)).toHaveText('Miss Bingley');
  await app.panels.show('Cast');
  await keepScreenshot(page, testInfo, 'cast-panel');

  // One undo brings Caroline back with her lines; redo merges again.
  await app.script.focus();
  await app.script.press('Control+z');
  await expect(app.panels.castRow('Caroline')).toHaveCount(1);
  await expect(app.script.chip(app.script.selected)).toHaveText('Caroline');
  await app.script.press('Control+Shift+z');
  await expect(app.panels.castRow('Caroline')).toHaveCount(0);

  await reopenPride(app);
  await app.panels.show('Cast');
  await expect(app.panels.castRow('Miss Bingley')).toHaveCount(1);
  await expect(app.panels.castRow('Caroline')).toHaveCount(0);
  expect((await app.panels.castCounts('Miss Bingley'))[0]).toBe(bingleyLines + carolineLines);
});

test('edits, splits and merges a line, marks a scene break, undoes and redoes, and keeps the result', async ({ app, page }, testInfo) => {
  const original = 'It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.';
  const revised = 'It is a truth universally acknowledged, that a single man with a good fortune must be in want of a wife.';
  await openPride(app);
  const first = app.script.line('It is a truth universally acknowledged');
  await first.click();
  await expect(app.script.lines).toBeFocused();

  // Edit the text: Enter opens the editor, Enter saves.
  await app.script.press('Enter');
  const editor = app.script.lines.getByRole('textbox', { name: 'Text of the line' });
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(original);
  await editor.fill(revised);
  await keepScreenshot(page, testInfo, 'line-editor');
  await editor.press('Enter');
  await expect(editor).toBeHidden();
  await expect(app.script.selected.locator('.segment__text')).toHaveText(revised);
  await expect(app.script.selected).toContainText('Text edited');

  // Split at the cursor with Shift+Enter.
  await app.script.press('Enter');
  await expect(editor).toBeFocused();
  const cut = revised.indexOf(' that a single man');
  await editor.evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), cut);
  await editor.press('Shift+Enter');
  await expect(editor).toBeHidden();
  await expect(app.script.selected.locator('.segment__text')).toHaveText('It is a truth universally acknowledged,');
  await expect(app.script.line('that a single man with a good fortune')).toHaveCount(1);

  // Merge it back with the next line, then mark a scene break before it.
  await app.script.press('m');
  await expect(app.script.line('that a single man with a good fortune')).toHaveCount(1);
  await expect(app.script.selected.locator('.segment__text')).toContainText('acknowledged,');
  await expect(app.script.selected.locator('.segment__text')).toContainText('want of a wife');
  await app.script.press('b');
  await expect(app.script.lines.getByRole('separator', { name: 'Scene break' }).first()).toBeVisible();

  // Narration into dialogue and back.
  await app.script.press('t');
  await expect(app.script.selected.locator('.speaker-chip')).toHaveCount(1);
  await app.script.press('t');
  await expect(app.script.selected.locator('.speaker-chip')).toHaveCount(0);

  // Undo the lot, one step at a time, back to the book's own sentence; then redo it all.
  for (let i = 0; i < 6; i++) await app.script.press('Control+z');
  await expect(app.script.line('It is a truth universally acknowledged').locator('.segment__text')).toHaveText(original);
  await expect(app.script.lines.getByRole('separator', { name: 'Scene break' })).toHaveCount(0);
  for (let i = 0; i < 6; i++) await app.script.press('Control+Shift+z');
  await expect(app.script.redoButton).toBeDisabled();
  await expect(app.script.line('that a single man with a good fortune')).toHaveCount(1);

  await reopenPride(app);
  const kept = app.script.line('that a single man with a good fortune');
  await expect(kept).toHaveCount(1);
  await expect(kept.locator('.segment__text')).toContainText('It is a truth universally acknowledged,');
  await expect(kept).toContainText('Text edited');
  await expect(app.script.lines.getByRole('separator', { name: 'Scene break' }).first()).toBeVisible();
});

test('works through the review queue and shows the source beside the script', async ({ app, page }, testInfo) => {
  await openPride(app);
  const summary = app.panels.panel.getByRole('status');
  await expect(summary).toHaveText(/^\d+ lines? to check/);
  const count = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
  await keepScreenshot(page, testInfo, 'review-queue');

  // The list is one tab stop: Enter shows the line in the script, R marks it reviewed.
  const list = app.panels.reviewList;
  await list.focus();
  const firstItem = list.getByRole('option').first();
  const line = ((await firstItem.locator('.review-item__line').textContent()) ?? '').trim();
  await expect(firstItem.locator('.review-item__reason')).not.toBeEmpty();
  await page.keyboard.press('Enter');
  await expect(app.script.selected.locator('.segment__text')).toContainText(line);
  await page.keyboard.press('r');
  await expect(list.getByRole('option').filter({ hasText: line })).toHaveCount(0);
  await expect(summary).toHaveText(new RegExp(`^${count - 1} line`));
  await expect(app.script.selected).toContainText('Reviewed');

  // The source view follows the selected line in the EPUB, drawn by epubjs in a frame without scripts.
  await app.panels.show('Source');
  const frame = app.panels.sourceFrame.contentFrame();
  await expect(frame.locator('[data-dramatis-marked]')).toContainText(line.slice(0, 30));
  await expect(app.panels.sourceFrame).toHaveAttribute('sandbox', 'allow-same-origin');
  await keepScreenshot(page, testInfo, 'source-view');
  await app.script.findLine('It is a truth universally acknowledged');
  await app.panels.show('Source');
  await expect(frame.locator('[data-dramatis-marked]')).toContainText('It is a truth universally acknowledged');

  await app.panels.show('Charts');
  await expect(app.panels.panel.getByRole('img', { name: /per character/ })).toBeVisible();
  await expect(app.panels.panel.getByRole('img', { name: /in each chapter/ })).toBeVisible();
  await keepScreenshot(page, testInfo, 'charts');
});

test('keeps the script view small while scrolling the whole book, in both themes', async ({ app, page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openPride(app);
  await keepScreenshot(page, testInfo, 'script-editor-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  const { most, steps } = await app.script.scrollThroughBook(1_500);
  expect(steps, 'the whole book was scrolled through').toBeGreaterThan(100);
  await expect(app.script.heading).toHaveText('LXI');
  expect(most, 'DOM elements in the script view at most').toBeLessThan(1_000);

  // Keyboard focus is visible on the list and on the selected line.
  await app.script.focus();
  await app.script.press('End');
  const outline = await app.script.lines.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await expect(app.script.selected).toBeVisible();
});

test('shows the source of a PDF as its page, and of Markdown as its formatted text, at the selected line', async ({ app, page }, testInfo) => {
  await app.open();
  await app.start.openManuscript(corpusPath('pdf/a-christmas-carol.pdf'));
  await app.script.waitUntilShown();
  await app.script.findLine('My dear Scrooge, how are you?');
  await app.panels.show('Source');
  await expect(app.panels.panel.locator('figcaption')).toHaveText(/^Page \d+ of 69$/);
  await expect(app.panels.panel.getByRole('img', { name: /^Page \d+ of the PDF$/ })).toBeVisible();
  await expect(app.panels.panel.locator('.pdf-source__mark').first()).toBeVisible();
  await keepScreenshot(page, testInfo, 'source-view-pdf');

  await app.project.close();
  await app.start.openManuscript(corpusPath('md/a-christmas-carol.md'));
  await app.script.waitUntilShown();
  await app.script.findLine('My dear Scrooge, how are you?');
  await app.panels.show('Source');
  const marked = app.panels.panel.locator('.text-source__marked');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('“My dear Scrooge, how are you? When will you come to see me?”');
  await keepScreenshot(page, testInfo, 'source-view-markdown');
});
