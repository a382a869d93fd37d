/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** Relative luminance of a computed `rgb(...)` colour, 0 (black) to 1 (white). */
async function luminance(page: Page, selector: string, property: 'backgroundColor' | 'color'): Promise<number> {
  const value = await page.locator(selector).first().evaluate((el, prop) => getComputedStyle(el)[prop], property);
  const [r = 0, g = 0, b = 0] = (value.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`follows the system’s ${scheme} colour scheme with readable contrast`, async ({ app, page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    const background = await luminance(page, 'body', 'backgroundColor');
    const text = await luminance(page, 'body', 'color');
    if (scheme === 'dark') expect(background).toBeLessThan(0.05);
    else expect(background).toBeGreaterThan(0.8);
    const contrast = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
    expect(contrast, 'WCAG AA body text contrast').toBeGreaterThan(7);
    await page.screenshot({ path: testInfo.outputPath(`start-${scheme}.png`) });
  });
}

test('shows where the keyboard focus is', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('Tab');
  await expect(app.start.openButton).toBeFocused();
  const outline = await app.start.openButton.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
