import type { Request, Response } from 'restify';
import type { DraftAnalysis } from '../domain/checks';
import type { ProxyTrust } from '../security/clientAddress';
import type { Draft } from '../domain/draft';
import type { Words } from '../i18n';
import type { ReviewSession, Stores } from '../storage';
import { tokensMatch, type Auth } from './auth';
import { sendPage } from './http';
import { layout, notFoundPage } from './pages/layout';
import { html } from './html';

/** What the review site logs through: never a password, session id or anything a young person wrote. */
export interface ReviewLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface ThrottleSettings {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

/** Shared by every route of the review site. */
export interface ReviewContext {
  stores: ReviewStores;
  /** The app's words: the young person's notices, and the plan's exports. */
  words: Words;
  auth: Auth;
  log: ReviewLog;
  now: () => Date;
  publicUrl?: string;
  /** Whether X-Forwarded-For names the client (TRUST_PROXY). */
  proxy?: ProxyTrust;
  throttle: ThrottleSettings;
  analyse?: (draft: Draft) => DraftAnalysis;
  /** Tells the young person in their chat; resolves false when it could not (they see it next visit). */
  notifyYoungPerson: (draft: Draft, notice: YoungPersonNotice) => Promise<boolean>;
}

/** What the review site keeps and reads: drafts, accounts, invitations, and the leads' concerns. */
export type ReviewStores = Pick<Stores, 'drafts' | 'keyWorkers' | 'invitations' | 'chatLinks' | 'concerns'>;

export type YoungPersonNotice = 'comment' | 'changes_requested' | 'agreed';

/**
 * Runs a page handler for a signed-in key worker; anyone else is sent to the login page.
 * A form POST must carry the session's CSRF token, checked before anything is read or changed.
 */
export function signedIn(
  ctx: ReviewContext,
  handler: (req: Request, res: Response, session: ReviewSession) => Promise<void>,
  options: { form?: boolean } = {},
): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    const session = await ctx.auth.currentSession(req);
    if (!session) {
      if (options.form) {
        sendPage(res, 403, expiredPage());
        return;
      }
      res.writeHead(303, { Location: '/review/login', 'Cache-Control': 'no-store', 'Content-Length': '0' });
      res.end();
      return;
    }
    if (options.form) {
      const body: unknown = req.body;
      const given = body !== null && typeof body === 'object' ? (body as Record<string, unknown>).csrf : undefined;
      if (!tokensMatch(session.csrfToken, given)) {
        ctx.log.warn({ route: req.getRoute()?.path }, 'review form refused: CSRF token missing or wrong');
        sendPage(res, 403, forbiddenFormPage(session));
        return;
      }
    }
    await handler(req, res, session);
  };
}

function expiredPage() {
  return layout({
    title: 'Please sign in again',
    body: html`<h1>Please sign in again</h1><p>Your session has ended, so nothing was changed.</p><p><a href="/review/login">Sign in</a></p>`,
  });
}

function forbiddenFormPage(session: ReviewSession) {
  return layout({
    title: 'Form expired',
    signedIn: { name: session.keyWorker.name, csrfToken: session.csrfToken },
    body: html`<h1>This form has expired</h1><p>Nothing was changed. Go back, reload the page and try again.</p><p><a href="/review">Back to your drafts</a></p>`,
  });
}

export const notFound = (res: Response, session?: ReviewSession): void =>
  sendPage(res, 404, notFoundPage(session ? { name: session.keyWorker.name, csrfToken: session.csrfToken } : undefined));
