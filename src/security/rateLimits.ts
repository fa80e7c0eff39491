import type { Response, Server } from 'restify';
import { DIRECT_LINE_ACTIVITIES_ROUTE } from '../routes';
import { clientAddressOf, type ProxyTrust } from './clientAddress';
import { limiterFactory, type Limiter, type LimiterFactory } from './sharedLimiter';

export interface MessageRateLimitSettings {
  /** Messages one conversation may send in a minute, on /api/messages and Direct Line alike. */
  perConversationPerMinute: number;
  /** Messages one network address may send in a minute (all its conversations together). */
  perAddressPerMinute: number;
}

export interface MessageRateLimitOptions {
  settings: MessageRateLimitSettings;
  /** Shared counters (PostgreSQL) or this process's own; memory when not given (unit tests). */
  limiters?: LimiterFactory;
  /** Whether X-Forwarded-For names the client (TRUST_PROXY). */
  proxy?: ProxyTrust;
}

/** Longer ids are cut: the key only has to tell conversations apart, not store them. */
const MAX_KEY_LENGTH = 256;

export interface MessageRateLimits {
  /**
   * Counts one message; resolves 0 when allowed, else the seconds to wait. `address` is left out
   * for authenticated /api/messages: Bot Service's traffic comes from Microsoft's addresses, shared
   * by every Teams user, so only the per-conversation limit applies there.
   */
  check(keys: { address?: string; conversation?: string }): Promise<number>;
}

/**
 * Limits how fast messages arrive, so one conversation (or one address opening many) cannot take
 * the bot's time from everyone else. For Direct Line posts it runs after routing (`server.use`),
 * where the conversation id is known, and before any turn starts; /api/messages calls `check`
 * itself once the body is authenticated and read. Answers 429 with Retry-After, in the
 * `{ error: { code, message } }` shape of the other errors.
 */
export function applyMessageRateLimits(server: Server, options: MessageRateLimitOptions): MessageRateLimits {
  const limiters = options.limiters ?? limiterFactory();
  const perConversation: Limiter = limiters('messages-conversation', options.settings.perConversationPerMinute);
  const perAddress: Limiter = limiters('messages-address', options.settings.perAddressPerMinute);
  const limits: MessageRateLimits = {
    async check(keys) {
      const waits = await Promise.all([
        keys.address === undefined ? 0 : perAddress.hit(keys.address),
        keys.conversation === undefined ? 0 : perConversation.hit(keys.conversation),
      ]);
      return Math.max(...waits);
    },
  };

  server.use((req, res, next) => {
    if (req.method !== 'POST' || req.getRoute()?.path !== DIRECT_LINE_ACTIVITIES_ROUTE) return next();
    const id = (req.params as Record<string, unknown> | undefined)?.conversationId;
    const conversation = typeof id === 'string' ? `directline:${id.slice(0, MAX_KEY_LENGTH)}` : undefined;
    limits.check({ address: clientAddressOf(req, options.proxy), conversation }).then(
      (retryAfter) => {
        if (retryAfter === 0) return next();
        refuseTooMany(res, retryAfter);
        return next(false);
      },
      (error: Error) => next(error),
    );
  });

  return limits;
}

/** The Bot Framework activity's channel and conversation, read defensively: the body is untrusted. */
export function conversationKeyOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { channelId, conversation } = body as { channelId?: unknown; conversation?: unknown };
  if (typeof conversation !== 'object' || conversation === null) return undefined;
  const id = (conversation as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') return undefined;
  const channel = typeof channelId === 'string' ? channelId.slice(0, 64) : '';
  return `bf:${channel}:${id.slice(0, MAX_KEY_LENGTH)}`;
}

export function refuseTooMany(res: Response, retryAfter: number): void {
  res.header('Retry-After', String(retryAfter));
  res.json(429, { error: { code: 'TooManyRequests', message: 'Too many messages. Please wait a moment and try again.' } });
}
