import type { Server } from 'restify';

/**
 * The Content-Security-Policy of every response. The web chat page loads only its own files
 * (Web Chat is served from node_modules, never a CDN), so nothing else may run or be fetched:
 * - no inline or eval'd script, so text that reaches the page as HTML cannot run;
 * - styles may be inline because Web Chat (emotion) injects <style> elements at run time;
 * - connect-src allows the page's own WebSocket stream (ws: on http, wss: on https);
 * - images and media from the page itself, data: and blob: (Web Chat's icons and speech);
 * - no framing, so the chat cannot be overlaid by another site (clickjacking).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Features the page never needs; the microphone stays off until read-aloud input is designed. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ');

/** Headers sent with every response, pages and API answers alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Answers may hold a young person's words: no shared cache may keep them.
  'Cache-Control': 'no-store',
});

/**
 * Sets the headers before routing, so they are on every answer: 404s, 413s and errors written by
 * earlier `pre` handlers included. Must be the first `pre` handler on the server. A route may
 * still replace Cache-Control (static files) since headers written later win.
 */
export function applySecurityHeaders(server: Server): void {
  server.pre((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    return next();
  });
}
