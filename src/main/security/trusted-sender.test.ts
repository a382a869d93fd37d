import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender } from './trusted-sender';

const fileApp = 'file:///opt/dramatis/out/renderer/index.html';
const devApp = 'http://localhost:5173/';

describe('isTrustedSender', () => {
  it('accepts the main frame of the renderer entry', () => {
    expect(isTrustedSender({ url: fileApp, isMainFrame: true }, fileApp)).toBe(true);
    expect(isTrustedSender({ url: `${fileApp}#chapter-3`, isMainFrame: true }, fileApp)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true }, devApp)).toBe(true);
  });

  it('refuses subframes, other files, other origins and missing frames', () => {
    expect(isTrustedSender({ url: fileApp, isMainFrame: false }, fileApp)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isMainFrame: true }, fileApp)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', isMainFrame: true }, fileApp)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, devApp)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, fileApp)).toBe(false);
    expect(isTrustedSender(null, fileApp)).toBe(false);
  });

  it('allows navigation only back to the renderer entry', () => {
    expect(isAllowedNavigation(fileApp, fileApp)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', fileApp)).toBe(false);
  });
});
