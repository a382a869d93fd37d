import { corpusPath, corpusSkipReason, hasCorpus } from '../../src/main/testing/corpus';
import { expect, test } from '../fixtures/test';

test.skip(!hasCorpus, corpusSkipReason);

const PRIDE = corpusPath('epub/pride-and-prejudice.epub');

test('opens Pride and Prejudice from the file chooser, toggles a chapter, and finds it again after a reload', async ({ app, page }, testInfo) => {
  await app.open();
  await expect(app.start.formats).toContainText('EPUB');
  await expect(app.start.formats).toContainText('PDF');
  await page.screenshot({ path: testInfo.outputPath('start-screen.png') });

  const progress = await app.start.watchProgress();
  await app.start.openManuscript(PRIDE);
  await app.project.waitUntilShown();
  const seen = await progress();
  expect(seen.appeared, 'a progress bar was shown while the book was read').toBe(true);
  expect(seen.values, 'the progress bar ended full').toContain('100');

  await expect(app.project.bookTitle).toHaveText('Pride and Prejudice');
  await expect(app.project.includedCount).toHaveText(/^61 of \d+ chapters included$/);
  const [, total] = await app.project.counts();
  await expect(app.project.chapterRows).toHaveCount(total);
  await expect(app.project.reader).toContainText('It is a truth universally acknowledged');
  await expect(app.script.line('It is a truth universally acknowledged')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('project-screen.png') });

  // Front matter starts excluded; including one chapter changes the count at once and is saved.
  const front = app.project.rowsOfKind('Front matter').first();
  const frontTitle = await app.project.rowTitle(front);
  const checkbox = app.project.includeCheckbox(frontTitle);
  await expect(checkbox).not.toBeChecked();
  await checkbox.check();
  await expect(app.project.includedCount).toHaveText(`62 of ${total} chapters included`);

  // A reload keeps the session (the token moved from the URL to the tab's session storage).
  expect(new URL(page.url()).searchParams.has('token'), 'the token is removed from the address bar').toBe(false);
  await page.reload();
  await app.project.waitUntilShown();
  await expect(app.project.includeCheckbox(frontTitle)).toBeChecked();

  // Closing and reopening from the recent list reads the project file again.
  await app.project.close();
  await app.start.waitUntilShown();
  // The newest entry comes first; other tests of this worker may have opened the same book before.
  await expect(app.start.recentProject('Pride and Prejudice').first()).toBeVisible();
  await app.start.openRecent('Pride and Prejudice');
  await app.project.waitUntilShown();
  await expect(app.project.includeCheckbox(frontTitle)).toBeChecked();
  await expect(app.project.includedCount).toHaveText(`62 of ${total} chapters included`);

  await app.project.includeCheckbox(frontTitle).uncheck();
  await expect(app.project.includedCount).toHaveText(`61 of ${total} chapters included`);
});

test('moves through the chapters with the keyboard', async ({ app, page }) => {
  await app.open();
  await app.start.openManuscript(PRIDE);
  await app.project.waitUntilShown();
  await expect(app.project.reader).toContainText('It is a truth universally acknowledged');

  const selected = app.project.sidebar.locator('button[aria-current="true"]');
  await selected.focus();
  const first = await app.project.focusedChapterId();
  expect(first).not.toBeNull();

  await page.keyboard.press('ArrowDown');
  const next = await app.project.focusedChapterId();
  expect(next).not.toBe(first);
  const nextRow = app.project.sidebar.locator(`button[data-chapter-id="${next}"]`);
  const nextTitle = ((await nextRow.locator('.chapter-item__title').textContent()) ?? '').trim();
  // Moving does not open; Enter does.
  await expect(app.project.chapterTitle).not.toHaveText(nextTitle);
  await page.keyboard.press('Enter');
  await expect(app.project.chapterTitle).toHaveText(nextTitle);
  await expect(nextRow).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('ArrowUp');
  expect(await app.project.focusedChapterId()).toBe(first);

  await page.keyboard.press('End');
  const last = app.project.chapterRows.last().getByRole('button');
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(app.project.chapterRows.first().getByRole('button')).toBeFocused();

  // The list is one tab stop: Tab goes from a row to its include checkbox, not to the next row.
  await page.keyboard.press('Tab');
  await expect(app.project.chapterRows.first().getByRole('checkbox')).toBeFocused();
});

test('removes a project from the recent list without deleting it', async ({ app }) => {
  await app.open();
  await app.start.openManuscript(PRIDE);
  await app.project.waitUntilShown();
  await app.project.close();
  await app.start.waitUntilShown();
  const before = await app.start.recentProject('Pride and Prejudice').count();
  expect(before).toBeGreaterThan(0);
  await app.start.recentProject('Pride and Prejudice').first().getByRole('button', { name: 'Remove Pride and Prejudice from the recent list' }).click();
  await expect(app.start.recentProject('Pride and Prejudice')).toHaveCount(before - 1);
});
