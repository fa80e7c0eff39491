import {
  ActivityTypes,
  DeliveryModes,
  INVOKE_RESPONSE_KEY,
  StatusCodes,
  type Activity,
  type CloudAdapter,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationError,
  JwtTokenValidation,
  SimpleCredentialProvider,
  type AuthenticateRequestResult,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import { ErrorCode } from '../errors';
import { hashId, type Logger } from '../log';
import type { Request, Response } from 'restify';
import { checkBotFrameworkActivity } from './activityBoundary';
import { BodyError, DEFAULT_BODY_LIMITS, parseJsonBody, readRawBody } from './bodyReader';
import { clientAddressOf, type ProxyTrust } from './clientAddress';
import { conversationKeyOf, refuseTooMany, type MessageRateLimits } from './rateLimits';
import { TooDeepError } from './safeText';
import { isLoopbackHost } from './serviceUrls';

export interface BotFrameworkEndpointDeps {
  adapter: CloudAdapter;
  /** The authentication the adapter was built with: checks the token against the activity (its serviceUrl claim). */
  authentication: BotFrameworkAuthentication;
  logic: (context: TurnContext) => Promise<void>;
  /** The service's logger: a turn that fails outside the adapter's error handler is written here. */
  log: Pick<Logger, 'warn' | 'error'>;
  /** The bot's Microsoft App ID: every request must then carry a Bot Service token for it. */
  appId?: string;
  /** Without an app id, whether callers on this machine are served (ALLOW_UNAUTHENTICATED_MESSAGES). */
  allowUnauthenticated: boolean;
  limits?: MessageRateLimits;
  proxy?: ProxyTrust;
}

type Answer = { status: number; code: string; message: string };

function answer(res: Response, { status, code, message }: Answer): void {
  res.json(status, { error: { code, message } });
}

/**
 * `POST /api/messages`, in the order that keeps one hostile request harmless:
 * 1. who may call: with an app id, a valid Bot Service token in the Authorization header,
 *    checked before a byte of the body is read; without one, nobody, unless local development
 *    is switched on, and then only this machine;
 * 2. the body, through the one reader (limits before and after decompression);
 * 3. its shape, caps and serviceUrl; 4. the rate limits; 5. the text cleaned; 6. the adapter,
 *    which authenticates the token again against the activity (its serviceUrl claim).
 */
export function botFrameworkEndpoint(deps: BotFrameworkEndpointDeps): (req: Request, res: Response) => Promise<void> {
  const credentials = deps.appId ? new SimpleCredentialProvider(deps.appId, '') : undefined;
  return async (req, res) => {
    const refused = credentials ? await tokenProblem(req, credentials) : callerProblem(req, deps.allowUnauthenticated);
    if (refused) {
      // The body is never read: close the connection after answering rather than drain it.
      res.setHeader('Connection', 'close');
      return answer(res, refused);
    }
    let body: unknown;
    try {
      body = parseJsonBody(await readRawBody(req, DEFAULT_BODY_LIMITS), req.headers['content-type']);
    } catch (error) {
      if (error instanceof BodyError) return answer(res, { status: error.status, code: error.code, message: error.message });
      if (error instanceof TooDeepError) return answer(res, { status: 400, code: 'BadArgument', message: 'activity: nested too deeply' });
      throw error;
    }
    const checked = checkBotFrameworkActivity(body, { allowLoopback: !credentials && deps.allowUnauthenticated });
    if (!checked.ok) {
      return answer(res, { status: checked.status, code: checked.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', message: checked.message });
    }
    if (deps.limits) {
      const retryAfter = await deps.limits.check({
        // Bot Service's traffic shares Microsoft's addresses: only the conversation is counted then.
        address: credentials ? undefined : clientAddressOf(req, deps.proxy),
        conversation: conversationKeyOf(checked.activity),
      });
      if (retryAfter > 0) return refuseTooMany(res, retryAfter);
    }
    (req as Request & { body?: unknown }).body = checked.activity;
    await processChecked(deps, req, res, checked.activity);
  };
}

/**
 * The adapter's turn for an activity already checked here. CloudAdapter.process would check the
 * request and the activity again with schemas it builds anew for every request (about 3% of a
 * turn's CPU); this authenticates the token against the activity with the adapter's own
 * authentication, runs the turn through the adapter's public processActivityDirect, and answers as
 * process does: the collected replies (expectReplies), an invoke's response, 401 for a token
 * refused, 500 for a turn that failed outside the adapter's error handler. A failure is logged
 * with its type and a hashed conversation id, never the message (it may quote what was typed).
 */
async function processChecked(deps: BotFrameworkEndpointDeps, req: Request, res: Response, checked: Record<string, unknown>): Promise<void> {
  const activity = withDates(checked);
  const conversation = hashId(activity.conversation?.id ?? '');
  let authenticated: AuthenticateRequestResult;
  try {
    authenticated = await deps.authentication.authenticateRequest(activity, req.headers.authorization ?? '');
  } catch (error) {
    const refused = error instanceof AuthenticationError;
    deps.log[refused ? 'warn' : 'error']({ code: ErrorCode.turnFailed, err: { type: errorType(error) }, conversation }, 'request not authenticated');
    return answer(res, refused ? { status: StatusCodes.UNAUTHORIZED, code: 'Unauthorized', message: 'The Bot Service token does not fit this activity.' } : failed);
  }
  // The context is revoked when the turn ends; its reply buffer and turn state live on, and are
  // read once the whole pipeline (the error handler included) has run.
  let turn: Pick<TurnContext, 'bufferedReplyActivities' | 'turnState'> | undefined;
  try {
    await deps.adapter.processActivityDirect(authenticated, activity, async (context) => {
      turn = { bufferedReplyActivities: context.bufferedReplyActivities, turnState: context.turnState };
      await deps.logic(context);
    });
  } catch (error) {
    deps.log.error({ code: ErrorCode.turnFailed, err: { type: errorType(error) }, conversation }, 'turn failed outside the adapter error handler');
    return answer(res, failed);
  }
  const response = turn ? turnResponse(activity, turn) : undefined;
  res.status(response?.status ?? StatusCodes.OK);
  if (response?.body) res.send(response.body);
  res.end();
}

const failed: Answer = { status: StatusCodes.INTERNAL_SERVER_ERROR, code: 'InternalError', message: 'The turn failed.' };

/** What CloudAdapter answers after a turn: the replies it collected, or an invoke's response. */
function turnResponse(activity: Activity, turn: Pick<TurnContext, 'bufferedReplyActivities' | 'turnState'>): InvokeResponse | undefined {
  if (activity.deliveryMode === DeliveryModes.ExpectReplies) return { status: StatusCodes.OK, body: { activities: turn.bufferedReplyActivities } };
  if (activity.type === ActivityTypes.Invoke) {
    const invoke = turn.turnState.get<{ value?: InvokeResponse } | undefined>(INVOKE_RESPONSE_KEY);
    return invoke?.value ?? { status: StatusCodes.NOT_IMPLEMENTED };
  }
  return undefined;
}

/**
 * The error's type: processActivityDirect wraps what it catches in a plain Error whose message
 * carries the stack of the original, so the original's name is read from there.
 */
function errorType(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  if (error.name !== 'Error') return error.name;
  return /\n\s*(\w*(?:Error|Exception))\b/.exec(error.message)?.[1] ?? 'Error';
}

/** The checked activity with its times as Date objects, their texts kept beside them, as botbuilder's own check leaves them. */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

function callerProblem(req: Request, allowUnauthenticated: boolean): Answer | undefined {
  if (!allowUnauthenticated) {
    return {
      status: 401,
      code: 'Unauthorized',
      message: 'This bot has no Microsoft App ID; set ALLOW_UNAUTHENTICATED_MESSAGES=true for local development.',
    };
  }
  // A proxy on this machine forwards other people's requests: its forwarding headers give it away.
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  const host = /^(\[[^\]]*\]|[^:]*)/.exec(req.headers.host ?? '')?.[1] ?? '';
  if (!isLoopbackHost(req.socket.remoteAddress ?? '') || forwarded || !isLoopbackHost(host)) {
    return { status: 401, code: 'Unauthorized', message: 'Without a Microsoft App ID only this machine may call the bot.' };
  }
  return undefined;
}

/** The Bot Service token, validated (signature, issuer, audience) before the body is read. */
async function tokenProblem(req: Request, credentials: SimpleCredentialProvider): Promise<Answer | undefined> {
  const header = req.headers.authorization;
  const unauthorized: Answer = { status: 401, code: 'Unauthorized', message: 'A Bot Service token is required.' };
  if (typeof header !== 'string' || !/^Bearer \S+$/.test(header) || header.length > 8192) return unauthorized;
  try {
    await JwtTokenValidation.validateAuthHeader(header, credentials, '', '', '');
    return undefined;
  } catch {
    return unauthorized;
  }
}
