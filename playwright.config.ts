import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the studio: the UI in Debian's Chromium against the browser-mode server and the
 * real engine (`e2e/browser`), and the desktop shell through Playwright's Electron driver where an
 * Electron binary is installed (`e2e/electron`). Never downloads a browser.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'browser', testDir: './e2e/browser', use: { browserName: 'chromium' } },
    { name: 'electron', testDir: './e2e/electron' },
  ],
});
