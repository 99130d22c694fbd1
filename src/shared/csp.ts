/**
 * The Content-Security-Policy of every renderer page, in Electron and in web mode.
 * Naive UI injects its styles at run time, hence 'unsafe-inline' for styles only;
 * scripts come only from our own origin and never from eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')
