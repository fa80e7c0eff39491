import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { Html } from './html';

/** Sent with every review page: no framing, no referrer (URLs hold draft ids), scripts only from here. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // Pages carry a young person's words: no shared or back-button cache keeps a copy.
  'Cache-Control': 'no-store',
};

export function sendPage(res: Response, status: number, page: Html, headers: Record<string, string | string[]> = {}): void {
  const body = page.value;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

/** 303 so a form POST is followed by a GET, and reloading the page does not send the form again. */
export function redirect(res: Response, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { ...SECURITY_HEADERS, Location: location, 'Content-Length': '0', ...headers });
  res.end();
}

/** The urlencoded form fields; anything else (JSON, nothing) is an empty form. */
export function formFields(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  return body !== null && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as Record<string, unknown>) : {};
}

export function routeParams<T extends z.ZodType>(req: Request, schema: T): z.infer<T> | undefined {
  const parsed = schema.safeParse(req.params ?? {});
  return parsed.success ? parsed.data : undefined;
}

export function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}
