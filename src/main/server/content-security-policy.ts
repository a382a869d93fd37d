/**
 * The renderer's Content Security Policy, sent as a header by both the Electron session and the
 * browser-mode server (the page also carries it in a meta tag). No inline script, no eval, no
 * plug-ins: book content is only ever text, except in the source view, whose one frame shows an
 * EPUB page from a blob: URL this page made, sandboxed without scripts (and inheriting this policy,
 * so the book's own stylesheets, which epubjs turns into blob: URLs, are allowed as styles).
 */
export function contentSecurityPolicy(connectOrigins: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' blob:",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src 'self' ${connectOrigins.join(' ')}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src blob:",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}
