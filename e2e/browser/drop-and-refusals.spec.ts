import { corpusPath, corpusSkipReason, hasCorpus } from '../../src/main/testing/corpus';
import { expect, test } from '../fixtures/test';

test.skip(!hasCorpus, corpusSkipReason);

test('opens a manuscript dropped anywhere on the window', async ({ app }, testInfo) => {
  await app.open();
  await app.start.dragFileOver(corpusPath('epub/a-christmas-carol.epub'));
  await expect(app.start.dropOverlay).toBeVisible();
  await app.page.screenshot({ path: testInfo.outputPath('drop-overlay.png') });
  await app.start.dropFile(corpusPath('epub/a-christmas-carol.epub'));
  await expect(app.start.dropOverlay).toBeHidden();
  await app.project.waitUntilShown();
  await expect(app.project.bookTitle).toHaveText(/Christmas Carol/);
  await expect(app.project.chapterRows.filter({ hasText: /Stave/i }).first()).toBeVisible();
});

for (const file of ['bad/random-bytes.pdf', 'bad/png-named.docx', 'bad/empty.epub', 'bad/zip-bomb.epub']) {
  test(`refuses ${file} with a sentence and a code, and stays on the start screen`, async ({ app }, testInfo) => {
    await app.open();
    await app.start.openManuscript(corpusPath(file));
    await expect(app.start.error).toBeVisible();
    const message = (await app.start.error.locator('.error-message__text').textContent()) ?? '';
    expect(message, 'a sentence a person can read').toMatch(/^\S+(\s+\S+){2,}[.!?]$/);
    await expect(app.start.error).toContainText(/Code: [A-Z_]+/);
    await expect(app.start.error).not.toContainText('INTERNAL');
    await expect(app.start.openButton).toBeEnabled();
    await expect(app.start.progressBar).toBeHidden();
    await expect(app.project.sidebar).toBeHidden();
    await app.page.screenshot({ path: testInfo.outputPath('refused.png') });

    await app.start.error.getByRole('button', { name: 'Dismiss' }).click();
    await expect(app.start.error).toBeHidden();
  });
}

test('cancels a long import', async ({ app }) => {
  await app.open();
  await app.start.openManuscript(corpusPath('pdf/pride-and-prejudice-print.pdf'));
  await expect(app.start.cancelButton).toBeEnabled();
  await app.start.cancelButton.click();
  await expect(app.page.getByText('The import was cancelled.')).toBeVisible();
  await expect(app.start.progressBar).toBeHidden();
  await expect(app.start.openButton).toBeEnabled();
  await expect(app.project.sidebar).toBeHidden();
});
