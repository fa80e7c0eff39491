import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import restify, { type Request, type Response, type Server } from 'restify';
import { contentDir } from './i18n';
import { errorSummary, type Logger } from './log';
import { botFrameworkEndpoint } from './security/botFrameworkEndpoint';
import { applyBodyReader, DEFAULT_BODY_LIMITS } from './security/bodyReader';
import type { ProxyTrust } from './security/clientAddress';
import { applySecurityHeaders } from './security/headers';
import { applyMessageRateLimits, type MessageRateLimitSettings } from './security/rateLimits';
import type { LimiterFactory } from './security/sharedLimiter';

/** Bodies larger than this are refused with 413, so one message cannot exhaust the server. */
export const MAX_BODY_BYTES = DEFAULT_BODY_LIMITS.maxBytes;

export interface ServerDeps {
  log: Logger;
  adapter: CloudAdapter;
  /** The authentication the adapter was built with (see BotEdge). */
  authentication: BotFrameworkAuthentication;
  logic: (context: TurnContext) => Promise<void>;
  /** The bot's Microsoft App ID: then every /api/messages request is authenticated. */
  appId?: string;
  /** Without an app id, serve /api/messages to this machine (ALLOW_UNAUTHENTICATED_MESSAGES, local development only). */
  allowUnauthenticated?: boolean;
  /** Proxies trusted to name the client in X-Forwarded-For (TRUST_PROXY). */
  proxy?: ProxyTrust;
  /** Rate limit counters shared by every instance (PostgreSQL), else this process's own. */
  limiters?: LimiterFactory;
  ready: () => Promise<void>;
  /** Extra routes (local Direct Line channel, review site...) added by the caller. */
  mount?: (server: Server) => void;
  /** Messages per minute per conversation and per address; without it nothing is limited (unit tests). */
  rateLimits?: MessageRateLimitSettings;
}

const BOT_FRAMEWORK_ROUTE = '/api/messages';

/** Callers on this machine: the whole IPv4 loopback range and IPv6 ::1, also IPv4-mapped. */
export function isLoopback(address: string): boolean {
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return ipv4.startsWith('127.') || address === '::1';
}

const projectRoot = path.dirname(contentDir());

/** The official Web Chat bundle, served from node_modules (no CDN; its exports map hides dist/). */
const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/webchat/webchat.js': {
    file: path.join(projectRoot, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js'),
    type: 'application/javascript; charset=utf-8',
  },
};

/** The web server. It knows nothing of the journey: it is handed a finished bot. */
export function createServer(deps: ServerDeps): Server {
  const { log } = deps;
  const server = restify.createServer({ name: 'outcomes-bot', handleUncaughtExceptions: false });
  applySecurityHeaders(server);
  // Every body on every route is read by this one reader, except /api/messages: it reads its own
  // after checking who is calling (src/security/botFrameworkEndpoint.ts).
  applyBodyReader(server, { skip: (path) => path === BOT_FRAMEWORK_ROUTE });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  const limits = deps.rateLimits ? applyMessageRateLimits(server, { settings: deps.rateLimits, limiters: deps.limiters, proxy: deps.proxy }) : undefined;

  server.on('after', (req: Request, res: Response) => {
    log.info({ reqId: req.id(), method: req.method, route: req.getRoute()?.path, status: res.statusCode }, 'request');
  });
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if ((err.statusCode ?? 500) >= 500) log.error({ reqId: req.id(), err: errorSummary(err) }, 'request failed');
    return callback();
  });

  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    try {
      await deps.ready();
      res.json(200, { status: 'ready' });
    } catch {
      res.json(503, { status: 'unavailable', error: { code: 'StorageUnavailable', message: 'Storage is not reachable.' } });
    }
  });

  server.post(
    BOT_FRAMEWORK_ROUTE,
    botFrameworkEndpoint({
      adapter: deps.adapter,
      authentication: deps.authentication,
      logic: deps.logic,
      log,
      appId: deps.appId,
      allowUnauthenticated: deps.allowUnauthenticated ?? false,
      limits,
      proxy: deps.proxy,
    }),
  );

  deps.mount?.(server);

  for (const [route, { file, type }] of Object.entries(STATIC_FILES)) {
    server.get(route, async (_req, res) => sendFile(res, file, type));
  }
  const pageDir = path.join(projectRoot, 'public');
  server.get('/', async (_req, res) => sendFile(res, path.join(pageDir, 'index.html'), 'text/html; charset=utf-8'));
  server.get('/assets/*', async (req, res) => {
    const relative = path.normalize(decodeURIComponent(req.path().slice('/assets/'.length)));
    const file = path.join(pageDir, 'assets', relative);
    if (relative.startsWith('..') || !file.startsWith(path.join(pageDir, 'assets'))) {
      res.json(404, { error: { code: 'NotFound', message: 'No such file.' } });
      return;
    }
    sendFile(res, file, contentTypeOf(file));
  });

  return server;
}

function sendFile(res: Response, file: string, type: string): void {
  if (!existsSync(file)) {
    res.json(404, { error: { code: 'NotFound', message: 'No such file.' } });
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
  createReadStream(file).pipe(res);
}

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function contentTypeOf(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}
