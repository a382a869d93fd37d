import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasFfmpeg, ffmpegSkipReason } from '../../src/main/render-job/testing/render-fixture';
import { RenderPanel } from '../pages/render-panel';
import { expect, test } from '../fixtures/test';

test.skip(!hasFfmpeg, ffmpegSkipReason);

const dir = mkdtempSync(join(tmpdir(), 'dramatis-e2e-render-'));
const book = join(dir, 'the-short-walk.txt');
writeFileSync(
  book,
  [
    'The Short Walk',
    '',
    'by Ann Author',
    '',
    'CHAPTER I.',
    '',
    'It was a bright morning at Longbourn.',
    '',
    '“Shall we walk?” said Jane.',
    '',
    'CHAPTER II.',
    '',
    'The walk to Meryton was long, and the road was muddy, and nobody enjoyed it at all.',
    '',
  ].join('\n'),
);

test('renders one short chapter in the browser and shows the pre-flight report of its file', async ({ app, page }, testInfo) => {
  await app.open();
  await app.start.openManuscript(book);
  await app.project.waitUntilShown();

  const render = new RenderPanel(page);
  await render.open();
  await expect(render.notice).toBeVisible();
  // The included chapters are chosen at first; the title page is not.
  await expect(render.chapter('Title page')).not.toBeChecked();
  await expect(render.chapter('CHAPTER I')).toBeChecked();
  await render.chapter('CHAPTER II').uncheck();
  await expect(render.chapters).toContainText('1 chapter chosen; 0 of 4 lines already rendered.');

  await expect(render.format(/^M4B/)).toBeChecked();
  await render.format(/^MP3/).check();
  await render.target(/^EBU R128/).check();
  const outDir = join(dir, 'out');
  // A browser tab cannot learn a folder's path from a dialog: the folder is typed.
  await expect(render.chooseFolderButton).toHaveCount(0);
  await render.outputFolder.fill(outDir);
  await render.renderButton.click();

  await expect(render.preflight).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: testInfo.outputPath('render-panel.png') });
  await render.preflight.screenshot({ path: testInfo.outputPath('preflight-report.png') });
  await expect(render.preflight.getByRole('heading')).toHaveText('Pre-flight against EBU R128');
  const m4b = render.preflightFile('The Short Walk.m4b');
  await expect(m4b).toContainText(/Pass|Fail/);
  await expect(m4b.getByRole('img', { name: /Loudness of The Short Walk\.m4b over time/ })).toBeVisible();
  await expect(render.preflightFile('Opening Credits.mp3')).toBeVisible();
  await expect(render.panel.getByRole('region', { name: 'Last render' })).toContainText(outDir);
  await expect(render.chapters.getByRole('listitem').filter({ hasText: 'CHAPTER I' }).first()).toContainText('exported');
  expect(existsSync(join(outDir, 'The Short Walk.m4b'))).toBe(true);
});
