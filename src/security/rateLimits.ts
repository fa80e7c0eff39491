import type { Request, Response, Server } from 'restify';
import { createRateLimiter, type RateLimiter } from '../channel/rateLimiter';

export interface MessageRateLimitSettings {
  /** Messages one conversation may send in a minute, on /api/messages and Direct Line alike. */
  perConversationPerMinute: number;
  /** Messages one network address may send in a minute (all its conversations together). */
  perAddressPerMinute: number;
}

export interface MessageRateLimitOptions {
  settings: MessageRateLimitSettings;
  /**
   * Set when /api/messages is authenticated by Bot Service: its traffic then comes from Microsoft's
   * addresses, shared by every Teams user, so only the per-conversation limit applies there.
   */
  authenticated: boolean;
  /** Clock in milliseconds; tests move it to open a new window. */
  now?: () => number;
}

/** The route of the local Direct Line channel where a client posts its activities. */
const DIRECT_LINE_POST_ROUTE = '/v3/directline/conversations/:conversationId/activities';
const BOT_FRAMEWORK_ROUTE = '/api/messages';
/** Longer ids are cut: the key only has to tell conversations apart, not store them. */
const MAX_KEY_LENGTH = 256;

/**
 * Limits how fast messages arrive, so one conversation (or one address opening many) cannot take
 * the bot's time from everyone else. Runs after routing and body parsing (`server.use`), where the
 * route, its parameters and the /api/messages body are known, and before any turn starts.
 * Answers 429 with Retry-After, in the `{ error: { code, message } }` shape of the other errors.
 */
export function applyMessageRateLimits(server: Server, options: MessageRateLimitOptions): { close(): void } {
  const now = options.now ?? Date.now;
  const perConversation = createRateLimiter(options.settings.perConversationPerMinute, now);
  const perAddress = createRateLimiter(options.settings.perAddressPerMinute, now);

  server.use((req, res, next) => {
    if (req.method !== 'POST') return next();
    const route = req.getRoute()?.path;
    const target = typeof route === 'string' ? keysFor(route, req, options.authenticated) : undefined;
    if (!target) return next();
    const waits = [
      target.address === undefined ? 0 : perAddress.hit(target.address),
      target.conversation === undefined ? 0 : perConversation.hit(target.conversation),
    ];
    const retryAfter = Math.max(...waits);
    if (retryAfter === 0) return next();
    refuse(res, retryAfter);
    return next(false);
  });

  return {
    close() {
      closeAll([perConversation, perAddress]);
    },
  };
}

interface LimitKeys {
  address?: string;
  conversation?: string;
}

function keysFor(route: string, req: Request, authenticated: boolean): LimitKeys | undefined {
  const address = req.socket.remoteAddress ?? 'unknown';
  if (route === DIRECT_LINE_POST_ROUTE) {
    const id = (req.params as Record<string, unknown> | undefined)?.conversationId;
    return { address, conversation: typeof id === 'string' ? `directline:${id.slice(0, MAX_KEY_LENGTH)}` : undefined };
  }
  if (route === BOT_FRAMEWORK_ROUTE) {
    const conversation = conversationOfBody((req as Request & { body?: unknown }).body);
    return { address: authenticated ? undefined : address, conversation };
  }
  return undefined;
}

/** The Bot Framework activity's channel and conversation, read defensively: the body is untrusted. */
function conversationOfBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { channelId, conversation } = body as { channelId?: unknown; conversation?: unknown };
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const id = (conversation as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') return undefined;
  const channel = typeof channelId === 'string' ? channelId.slice(0, 64) : '';
  return `bf:${channel}:${id.slice(0, MAX_KEY_LENGTH)}`;
}

function refuse(res: Response, retryAfter: number): void {
  res.header('Retry-After', String(retryAfter));
  res.json(429, { error: { code: 'TooManyRequests', message: 'Too many messages. Please wait a moment and try again.' } });
}

function closeAll(limiters: RateLimiter[]): void {
  for (const limiter of limiters) limiter.close();
}
