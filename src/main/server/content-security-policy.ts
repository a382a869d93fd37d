/**
 * The renderer's Content Security Policy, sent as a header by both the Electron session and the
 * browser-mode server (the page also carries it in a meta tag). No inline script, no eval, no
 * plug-ins, no frames: book content can only ever be text.
 */
export function contentSecurityPolicy(connectOrigins: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob:",
    `connect-src 'self' ${connectOrigins.join(' ')}`.trim(),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}
