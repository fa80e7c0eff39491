import type { Request } from 'restify';
import { DIRECT_LINE_BASE_PATH } from '../routes';
import { badArgument } from './errors';

export const BASE_PATH = DIRECT_LINE_BASE_PATH;

const HOST_PATTERN = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * Where clients reach this server: PUBLIC_URL when set, else the request's own Host header,
 * so the stream URL works behind whatever name the page was loaded from.
 */
export function originOf(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const host = req.headers.host ?? '';
  if (!HOST_PATTERN.test(host)) throw badArgument('Host header is missing or not valid');
  const encrypted = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  return `${encrypted ? 'https' : 'http'}://${host}`;
}

export function streamUrlFor(origin: string, conversationId: string, token: string, watermark?: string): string {
  const wsOrigin = origin.replace(/^http/i, 'ws');
  const query = new URLSearchParams();
  if (watermark) query.set('watermark', watermark);
  query.set('t', token);
  return `${wsOrigin}${BASE_PATH}/conversations/${encodeURIComponent(conversationId)}/stream?${query.toString()}`;
}

export function queryOf(req: Request): URLSearchParams {
  const url = req.url ?? '';
  const at = url.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : url.slice(at + 1));
}
