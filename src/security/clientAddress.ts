import type { IncomingMessage } from 'node:http';

/**
 * Which address a request comes from. By default the connection's own address: a header can be
 * written by anyone. Behind a reverse proxy every connection comes from the proxy, so limits and
 * sign-in throttles would see one address for everybody; `TRUST_PROXY=<n>` says n proxies of
 * ours stand in front, each adding the address it saw to `X-Forwarded-For`, so the client is the
 * n-th entry from the right (entries further left were written by the client and are ignored).
 */
export interface ProxyTrust {
  /** Proxies in front of the server that append to X-Forwarded-For; 0 trusts no header. */
  hops: number;
}

const MAX_ADDRESS_LENGTH = 64;

export function clientAddressOf(req: IncomingMessage, proxy: ProxyTrust | undefined): string {
  const socketAddress = req.socket?.remoteAddress ?? 'unknown';
  const hops = proxy?.hops ?? 0;
  if (hops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = entries[entries.length - hops] ?? entries[0];
  if (!entry || entry.length > MAX_ADDRESS_LENGTH || !/^[0-9A-Fa-f.:[\]]+$/.test(entry)) return socketAddress;
  return entry;
}
