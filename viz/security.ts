/**
 * Security headers of the built pages, shared by Vite's preview and build (vite.config.ts)
 * and the classroom server (sim/classroom/server.ts).
 */

/**
 * The built page's Content-Security-Policy: scripts, workers and styles only from the
 * site's own files (no inline script, no eval); images also from data: (the empty
 * favicon) and blob: (charts turned into PNG). Only the build gets it: the dev server
 * injects inline styles and its own client.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The same policy as an HTTP header, as a host should send it: a header can also say who
 * may frame the page (`frame-ancestors`, ignored in a meta tag), here only the site itself.
 * `npm run preview` sends it; docs/browser.md shows it for common hosts.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
