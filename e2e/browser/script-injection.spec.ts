/// <reference lib="dom" />
import { corpusPath, corpusSkipReason, hasCorpus } from '../../src/main/testing/corpus';
import { expect, test } from '../fixtures/test';

test.skip(!hasCorpus, corpusSkipReason);

interface Tripwire {
  calls: string[];
  csp: { directive: string; blocked: string; sample: string }[];
}

/**
 * The book `bad/script-injection.epub` carries an `<img onerror>` in a heading, a `javascript:` link, a
 * `<script>`, an `<iframe>` and escaped markup in its text. Importing and reading it must run nothing,
 * and the escaped markup must be shown as the text it is.
 */
test('a book with scripts in it imports as plain text and runs nothing, in the script and in the source view', async ({ app, page }, testInfo) => {
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /pwned/i.test(message.text())) consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.addInitScript(() => {
    const tripwire = { calls: [] as string[], csp: [] as { directive: string; blocked: string; sample: string }[] };
    Object.defineProperty(window, '__tripwire', { value: tripwire });
    // Every payload in the book assigns window.__pwned; the assignment itself is the alarm.
    Object.defineProperty(window, '__pwned', {
      get: () => undefined,
      set: (value: unknown) => void tripwire.calls.push(`__pwned=${String(value)}`),
    });
    for (const name of ['alert', 'confirm', 'prompt', 'eval'] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(window, name, {
        value: function (this: unknown, ...args: unknown[]) {
          const stack = new Error().stack ?? '';
          // Playwright's own page.evaluate runs through eval; only other callers are suspects.
          if (!/UtilityScript\.evaluate/.test(stack)) tripwire.calls.push(`${name} ${stack}`);
          return original.apply(this, args);
        },
      });
    }
    document.addEventListener('securitypolicyviolation', (event) => {
      tripwire.csp.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: `${event.sample} @ ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` });
    });
  });

  await app.open();
  // The alarm is armed: an assignment like the book's payloads is recorded (then cleared).
  const armed = await page.evaluate(() => {
    Reflect.set(window, '__pwned', 'self-test');
    const tripwire = Reflect.get(window, '__tripwire') as Tripwire;
    return tripwire.calls.splice(0).length;
  });
  expect(armed).toBe(1);

  await app.start.openManuscript(corpusPath('bad/script-injection.epub'));
  await app.project.waitUntilShown();

  const escaped = '<img src=x onerror=window.__pwned=4>';
  const body = app.project.chapterRows.filter({ hasText: 'Chapter One' });
  await expect(body).toHaveCount(1);
  await body.getByRole('button').click();
  await expect(app.project.chapterTitle).toHaveText('Chapter One');
  // In the script view the markup is the text of a line, not an element.
  await expect(app.script.line(escaped)).toHaveCount(1);
  await expect(app.script.lines).toContainText('said Mallory');
  await expect(app.script.lines.locator('img, iframe, script, a')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('script-injection.png') });

  // Give anything that was scheduled (an image error, a timer) the chance to fire.
  await page.waitForTimeout(500);

  const dom = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      scripts: Array.from(document.scripts).map((s) => s.getAttribute('src') ?? `inline: ${s.textContent ?? ''}`),
      embedded: document.querySelectorAll('iframe, frame, object, embed, img, svg, video, audio, link[rel="import"]').length,
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      handlerAttributes: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
      pwned: Reflect.get(window, '__pwned') as unknown,
      tripwire: Reflect.get(window, '__tripwire') as Tripwire,
    };
  });
  expect(dom.scripts, 'only the app’s own bundle is a script').toEqual([expect.stringMatching(/^\.\/assets\/[\w-]+\.js$/)]);
  expect(dom.embedded, 'no frame, object, image or media element came from the book').toBe(0);
  expect(dom.javascriptLinks).toBe(0);
  expect(dom.handlerAttributes).toEqual([]);
  expect(dom.pwned).toBeUndefined();
  expect(dom.tripwire.calls, 'no payload ran and nothing called alert or eval').toEqual([]);
  expect(dom.tripwire.csp, 'no Content Security Policy violation').toEqual([]);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(consoleErrors).toEqual([]);

  // The source view shows the original page in a frame that may not run scripts: the book's
  // payloads are there as elements, inert. Select the line with the escaped markup first.
  await app.script.line(escaped).click();
  await app.panels.show('Source');
  await expect(app.panels.sourceFrame).toHaveCount(1);
  await expect(app.panels.sourceFrame).toHaveAttribute('sandbox', 'allow-same-origin');
  const frame = app.panels.sourceFrame.contentFrame();
  await expect(frame.locator('body')).toContainText('said Mallory');
  // The selected line is marked in the original.
  await expect(frame.locator('[data-dramatis-marked]')).toContainText(escaped);
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('script-injection-source.png') });

  const inFrame = await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="The original page"]');
    const doc = frame?.contentDocument;
    return {
      src: frame?.getAttribute('src') ?? '',
      sandbox: frame?.sandbox.contains('allow-scripts') ?? true,
      framePwned: Reflect.get(frame?.contentWindow ?? {}, '__pwned') as unknown,
      nestedLoaded: Array.from(doc?.querySelectorAll('iframe') ?? []).filter((f) => {
        try {
          return f.contentDocument?.URL.startsWith('https:') ?? false;
        } catch {
          // A cross-origin document that did load would throw here.
          return true;
        }
      }).length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      pwned: Reflect.get(window, '__pwned') as unknown,
      tripwire: Reflect.get(window, '__tripwire') as Tripwire,
    };
  });
  expect(inFrame.src).toMatch(/^blob:/);
  expect(inFrame.sandbox, 'the frame may not run scripts').toBe(false);
  expect(inFrame.framePwned, 'no payload ran in the frame').toBeUndefined();
  expect(inFrame.nestedLoaded, 'the book’s own iframe was not loaded').toBe(0);
  expect(inFrame.frames, 'the source frame is the only frame').toBe(1);
  expect(inFrame.pwned).toBeUndefined();
  expect(inFrame.tripwire.calls).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
  // The sandbox stopped the book's scripts (the browser says so for each), and the book's iframe
  // and image were refused by the policy the frame inherits; nothing else was reported.
  const sandboxed = /^Blocked script execution in 'blob:[^']+' because the document's frame is sandboxed/;
  expect(consoleErrors.filter((line) => sandboxed.test(line)).length, 'the book’s scripts were blocked by the sandbox').toBeGreaterThan(0);
  expect(consoleErrors.filter((line) => !sandboxed.test(line) && !/Content Security Policy|Failed to load resource|ERR_/.test(line))).toEqual([]);
});
