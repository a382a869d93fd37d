/// <reference lib="dom" />
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusPath, corpusSkipReason, hasCorpus } from '../../src/main/testing/corpus';
import { repoRoot } from '../fixtures/repo-paths';
import { ProjectPage } from '../pages/project-page';
import { RenderPanel } from '../pages/render-panel';
import { StartPage } from '../pages/start-page';

/**
 * The Electron executable, found the way the `electron` package finds it but without its fallback of
 * downloading the binary on first use (that download is blocked on some machines).
 */
function electronBinary(): { path: string; installed: boolean } {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : process.platform === 'win32' ? 'electron.exe' : 'electron';
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const path = join(dist, relative);
  return { path, installed: existsSync(path) };
}

const binary = electronBinary();
const mainBuilt = existsSync(join(repoRoot, 'out', 'main', 'index.js'));

const skipReason = !binary.installed
  ? `Electron binary not installed here (its download is blocked): ${binary.path} does not exist. Run \`npx install-electron\` where the network allows it.`
  : !mainBuilt
    ? 'The desktop app is not built: run `npx electron-vite build` first.'
    : null;

/** Reporters list a skipped test without its reason, so the test also prints it. */
function skipUnlessRunnable(): void {
  if (skipReason === null) return;
  console.warn(`[electron e2e skipped] ${skipReason}`);
  test.skip(true, skipReason);
}

// eslint-disable-next-line no-empty-pattern -- Playwright reads a test's fixtures from this pattern; this one needs none.
test('the desktop window is locked down and opens a manuscript', async ({}, testInfo) => {
  skipUnlessRunnable();
  test.skip(!hasCorpus, corpusSkipReason);
  const home = await mkdtemp(join(tmpdir(), 'dramatis-electron-'));
  const projectPath = join(home, 'projects', 'Pride and Prejudice.dramatis');
  await mkdir(join(home, 'projects'));
  const args = ['.', `--user-data-dir=${join(home, 'user-data')}`];
  // Chromium refuses its own sandbox as root (containers, CI); the window's sandbox setting still applies.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await electron.launch({
    executablePath: binary.path,
    args,
    cwd: repoRoot,
    env: { ...process.env, DRAMATIS_PROJECTS_DIR: join(home, 'projects') },
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const start = new StartPage(page);
    const project = new ProjectPage(page);
    await start.waitUntilShown();

    // What the window's webPreferences leave visible to the page: no Node (nodeIntegration off, context
    // isolation and sandbox on), only the preload's bridge and the studio API built over it.
    const globals = await page.evaluate(() => {
      const studio = Reflect.get(window, 'studio') as { request?: unknown; platform?: { kind?: unknown } } | undefined;
      const bridge = Reflect.get(window, 'studioBridge') as object | undefined;
      return {
        require: typeof Reflect.get(window, 'require'),
        process: typeof Reflect.get(window, 'process'),
        module: typeof Reflect.get(window, 'module'),
        buffer: typeof Reflect.get(window, 'Buffer'),
        bridge: bridge ? Object.keys(bridge).sort() : null,
        studio: typeof studio?.request,
        platform: studio?.platform?.kind,
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      buffer: 'undefined',
      bridge: ['invoke', 'pathForFile', 'pickFolder', 'pickManuscript', 'pickProjectPath', 'subscribe'],
      studio: 'function',
      platform: 'electron',
    });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    // The native dialogs cannot be clicked from a test: answer them in the main process instead.
    await app.evaluate(
      ({ dialog }, paths) => {
        dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [paths.manuscript] });
        dialog.showSaveDialog = async () => ({ canceled: false, filePath: paths.project });
      },
      { manuscript: corpusPath('epub/pride-and-prejudice.epub'), project: projectPath },
    );
    await start.openButton.click();
    await project.waitUntilShown();
    await expect(project.includedCount).toHaveText(/^61 of \d+ chapters included$/);
    await expect(project.reader).toContainText('It is a truth universally acknowledged');
    expect(existsSync(projectPath), 'the project file is where the save dialog said').toBe(true);
    await page.screenshot({ path: testInfo.outputPath('electron-project.png') });

    // The render's output folder comes from the native folder dialog, which opens at the projects folder
    // while none is chosen, then at the chosen one.
    const outDir = join(home, 'audiobook');
    await app.evaluate(({ dialog }, folder) => {
      const asked: unknown[] = [];
      Reflect.set(globalThis, '__folderDialogs', asked);
      dialog.showOpenDialog = async (...args: unknown[]) => {
        asked.push(args.at(-1));
        return { canceled: false, filePaths: [folder] };
      };
    }, outDir);
    const render = new RenderPanel(page);
    await render.open();
    await render.chooseFolderButton.click();
    await expect(render.outputFolder).toHaveValue(outDir);
    await render.chooseFolderButton.click();
    const asked = await app.evaluate(() => Reflect.get(globalThis, '__folderDialogs') as Array<{ defaultPath?: string; properties?: string[] }>);
    expect(asked.map((options) => options.defaultPath)).toEqual([join(home, 'projects'), outDir]);
    expect(asked[0]?.properties).toEqual(['openDirectory', 'createDirectory']);
  } finally {
    await app.close();
    await rm(home, { recursive: true, force: true });
  }
});
