import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { DirectLineStore, SecretStore } from '../storage/types';
import { ActivityLog, parseWatermark, type ChannelActivity } from './activityLog';
import { assertCanUse, authenticate, bearerOf, type Caller } from './auth';
import { ConversationQueue } from '../conversationQueue';
import { DirectLineConversations, type Deliver } from './conversations';
import { DirectLineError, badArgument, forbidden, notFound, sendError, unauthorized } from './errors';
import { readBodiesBeforeRouting, readJsonBody } from './jsonBody';
import { errorSummary } from './logFields';
import { activityOverCap, TRANSCRIPT_ACTIVITIES } from '../security/activityCaps';
import { clientAddressOf, type ProxyTrust } from '../security/clientAddress';
import { limiterFactory, type LimiterFactory } from '../security/sharedLimiter';
import { describeIssue, postedActivitySchema, startConversationSchema, tokenRequestSchema } from './schemas';
import { attachStreams } from './stream';
import { TOKEN_KEY_NAME, createTokenKey, createTokenSigner, secretMatches, type TokenSigner } from './tokens';
import { DIRECT_LINE_ACTIVITIES_ROUTE } from '../routes';
import { BASE_PATH, originOf, queryOf, streamUrlFor } from './urls';

export interface DirectLineSettings {
  /** When set, tokens/generate needs it as a Bearer credential, as Azure's does. */
  secret?: string;
  tokenTtlSeconds: number;
  tokenRequestsPerMinute: number;
}

export interface DirectLineDeps {
  store: DirectLineStore;
  secrets: SecretStore;
  deliver: Deliver;
  settings: DirectLineSettings;
  /** Where clients reach the server; when absent, URLs are built from each request's Host header. */
  publicUrl?: string;
  log: Logger;
  botId: string;
  botName: string;
  /** Clock in milliseconds; tests move it to expire tokens. */
  now?: () => number;
  /** Rate limit counters shared by every instance (PostgreSQL); this process's own when not given. */
  limiters?: LimiterFactory;
  /** Whether X-Forwarded-For names the client (TRUST_PROXY). */
  proxy?: ProxyTrust;
}

export interface DirectLineChannel {
  /** Stores bot activities sent outside a turn (proactive messages) and pushes them to open streams. */
  appendBotActivities(conversationId: string, activities: Partial<Activity>[]): Promise<string[]>;
  /** Closes open streams and timers; the restify server itself is closed by its owner. */
  close(): Promise<void>;
}

type Handler = (req: Request, res: Response) => Promise<void>;

/** Mounts a Direct Line 3.0-compatible channel under /v3/directline on the server. */
export function registerDirectLine(server: Server, deps: DirectLineDeps): DirectLineChannel {
  const now = deps.now ?? Date.now;
  const { settings, log } = deps;
  const activities = new ActivityLog(deps.store, now);
  const conversations = new DirectLineConversations({
    store: deps.store,
    activities,
    queue: new ConversationQueue(),
    deliver: deps.deliver,
    bot: { id: deps.botId, name: deps.botName },
    log,
    now,
  });
  const limiter = (deps.limiters ?? limiterFactory())('directline-tokens', settings.tokenRequestsPerMinute);

  let signerPromise: Promise<TokenSigner> | undefined;
  const signer = (): Promise<TokenSigner> => {
    signerPromise ??= deps.secrets
      .getOrCreate(TOKEN_KEY_NAME, createTokenKey)
      .then((key) => createTokenSigner(key, settings.tokenTtlSeconds, now));
    signerPromise.catch(() => (signerPromise = undefined));
    return signerPromise;
  };
  const callerOf = async (req: Request): Promise<Caller> => authenticate(bearerOf(req), settings.secret, await signer());
  const serviceUrlOf = (req: Request): string => `${originOf(req, deps.publicUrl)}/`;

  const route =
    (handler: Handler): Handler =>
    async (req, res) => {
      try {
        await handler(req, res);
      } catch (error) {
        if (!(error instanceof DirectLineError) || error.status >= 500) {
          log.error({ err: errorSummary(error), path: req.getRoute?.()?.path }, 'direct line request failed');
        }
        sendError(res, error);
      }
    };

  readBodiesBeforeRouting(server, BASE_PATH);

  server.post(
    `${BASE_PATH}/tokens/generate`,
    route(async (req, res) => {
      const retryAfter = await limiter.hit(clientAddressOf(req, deps.proxy));
      if (retryAfter > 0) {
        throw new DirectLineError(429, 'TooManyRequests', 'Too many token requests', { 'Retry-After': String(retryAfter) });
      }
      if (settings.secret) {
        const presented = bearerOf(req);
        if (!presented) throw unauthorized('Authorization header with the Direct Line secret is required');
        if (!secretMatches(presented, settings.secret)) throw forbidden('Secret is not valid');
      }
      const body = tokenRequestSchema.safeParse(await readJsonBody(req));
      if (!body.success) throw badArgument(describeIssue(body.error));
      const conversationId = newConversationId();
      const issued = (await signer()).issue(conversationId, body.data?.user?.id ?? newUserId());
      res.json(200, { conversationId, token: issued.token, expires_in: issued.expiresIn });
    }),
  );

  server.post(
    `${BASE_PATH}/tokens/refresh`,
    route(async (req, res) => {
      const caller = await callerOf(req);
      if (caller.kind !== 'token') throw badArgument('Only a token can be refreshed');
      const issued = (await signer()).issue(caller.claims.conversationId, caller.claims.userId);
      res.json(200, { conversationId: caller.claims.conversationId, token: issued.token, expires_in: issued.expiresIn });
    }),
  );

  server.post(
    `${BASE_PATH}/conversations`,
    route(async (req, res) => {
      const caller = await callerOf(req);
      const body = startConversationSchema.safeParse(await readJsonBody(req));
      if (!body.success) throw badArgument(describeIssue(body.error));
      const tokens = await signer();
      const origin = originOf(req, deps.publicUrl);
      const requestedUser = body.data?.user;
      const conversationId = caller.kind === 'token' ? caller.claims.conversationId : newConversationId();
      const user = {
        id: caller.kind === 'token' ? caller.claims.userId : (requestedUser?.id ?? newUserId()),
        name: requestedUser?.name,
      };
      const outcome = await conversations.start(conversationId, user, `${origin}/`, body.data?.locale);
      const { token, expiresIn } =
        caller.kind === 'token'
          ? { token: caller.token, expiresIn: tokens.secondsLeft(caller.claims) }
          : tokens.issue(conversationId, user.id);
      res.json(outcome === 'created' ? 201 : 200, {
        conversationId,
        token,
        expires_in: expiresIn,
        streamUrl: streamUrlFor(origin, conversationId, token),
      });
    }),
  );

  server.get(
    `${BASE_PATH}/conversations/:conversationId`,
    route(async (req, res) => {
      const conversationId = conversationIdOf(req);
      const caller = await callerOf(req);
      assertCanUse(caller, conversationId);
      const watermark = queryOf(req).get('watermark') ?? '';
      parseWatermark(watermark);
      const origin = originOf(req, deps.publicUrl);
      const tokens = await signer();
      if (caller.kind === 'token') {
        // A page that kept its token and conversation id but never started it (or started it
        // elsewhere) connects this way; starting here means the welcome is never lost.
        await conversations.start(conversationId, { id: caller.claims.userId }, `${origin}/`);
      } else if (!(await conversations.exists(conversationId))) {
        throw notFound('Conversation not found');
      }
      const { token, expiresIn } =
        caller.kind === 'token'
          ? { token: caller.token, expiresIn: tokens.secondsLeft(caller.claims) }
          : tokens.issue(conversationId, (await conversations.userIdOf(conversationId)) ?? newUserId());
      res.json(200, {
        conversationId,
        token,
        expires_in: expiresIn,
        streamUrl: streamUrlFor(origin, conversationId, token, watermark || undefined),
      });
    }),
  );

  server.get(
    DIRECT_LINE_ACTIVITIES_ROUTE,
    route(async (req, res) => {
      const conversationId = conversationIdOf(req);
      assertCanUse(await callerOf(req), conversationId);
      const afterSeq = parseWatermark(queryOf(req).get('watermark'));
      if (!(await conversations.exists(conversationId))) throw notFound('Conversation not found');
      res.json(200, await activities.list(conversationId, afterSeq));
    }),
  );

  server.post(
    DIRECT_LINE_ACTIVITIES_ROUTE,
    route(async (req, res) => {
      const conversationId = conversationIdOf(req);
      const caller = await callerOf(req);
      assertCanUse(caller, conversationId);
      const parsed = postedActivitySchema.safeParse(await readJsonBody(req));
      if (!parsed.success) throw badArgument(describeIssue(parsed.error));
      const overCap = activityOverCap(parsed.data);
      if (overCap) throw new DirectLineError(413, 'MessageSizeTooBig', overCap);
      if ((await conversations.length(conversationId)) >= TRANSCRIPT_ACTIVITIES) {
        throw new DirectLineError(413, 'MessageSizeTooBig', 'This conversation is full: please start a new one.');
      }
      const fallbackUserId =
        caller.kind === 'token' ? caller.claims.userId : ((await conversations.userIdOf(conversationId)) ?? 'user');
      // The channel owns these fields; whatever the client put there is replaced.
      const { id: _id, timestamp: _timestamp, deliveryMode: _mode, callerId: _callerId, ...posted } = parsed.data;
      const activity: ChannelActivity = {
        ...posted,
        from: { ...posted.from, id: posted.from?.id ?? fallbackUserId, role: 'user' },
        recipient: { id: deps.botId, name: deps.botName, role: 'bot' },
        conversation: { id: conversationId },
        channelId: 'directline',
        serviceUrl: serviceUrlOf(req),
      };
      const id = await conversations.post(conversationId, activity);
      res.json(200, { id });
    }),
  );

  server.post(
    `${BASE_PATH}/conversations/:conversationId/upload`,
    route(async () => {
      throw badArgument('File uploads are not supported by this channel');
    }),
  );

  const streams = attachStreams(server.server, {
    activities,
    log,
    async authorize(token, conversationId) {
      const caller = authenticate(token, undefined, await signer());
      assertCanUse(caller, conversationId);
      if (!(await conversations.exists(conversationId))) throw notFound('Conversation not found');
    },
  });

  return {
    appendBotActivities: (conversationId, replies) => conversations.appendBotActivities(conversationId, replies),
    async close() {
      await streams.close();
    },
  };
}

const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,100}$/;

function conversationIdOf(req: Request): string {
  const id = (req.params as Record<string, unknown> | undefined)?.conversationId;
  if (typeof id !== 'string' || !CONVERSATION_ID.test(id)) throw notFound('Conversation not found');
  return id;
}

function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

/** Azure marks ids it made up with `dl_`; Web Chat then takes the user id from the token. */
function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
