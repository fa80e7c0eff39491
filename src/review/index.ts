import type { Request, Server } from 'restify';
import { errorSummary } from '../log';
import type { DraftAnalysis } from '../domain/checks';
import type { Draft } from '../domain/draft';
import type { Words } from '../i18n';
import type { DraftStore } from '../storage/types';
import type { ProxyTrust } from '../security/clientAddress';
import { isLoopbackHost } from '../security/serviceUrls';
import { Auth } from './auth';
import type { ReviewContext, ReviewLog, ThrottleSettings } from './context';
import { registerDraftRoutes } from './draftRoutes';
import { registerExportRoutes } from './exportRoutes';
import { registerInvitationRoutes } from './invitationRoutes';
import type { KeyWorkerStore } from './keyWorkerStore';
import { registerLoginRoutes } from './loginRoutes';
import { registerSafeguardingRoutes } from './safeguardingRoutes';
import type { ConcernStore } from '../safeguarding/concernStore';
import { youngPersonNotifier, type SendToConversation } from './notify';

export { openKeyWorkerStore, type KeyWorkerStore } from './keyWorkerStore';
export type { SendToConversation } from './notify';

/** Eight hours: a working day; a key worker signs in again the next morning. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** 5 wrong passwords for one account, or 20 from one address (a school shares one), per 15 minutes. */
export const LOGIN_THROTTLE: ThrottleSettings = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20 };

export interface ReviewSiteDeps {
  drafts: DraftStore;
  /** May still be opening when the routes are added; requests wait for it. */
  keyWorkers: KeyWorkerStore | Promise<KeyWorkerStore>;
  log: ReviewLog;
  /** Safeguarding concerns for the leads' queue (/review/safeguarding). */
  concerns?: ConcernStore;
  /** Cookies are Secure unless this is plain http on this machine; invitation links are built from it. */
  publicUrl?: string;
  /** Whether X-Forwarded-For names the client (TRUST_PROXY), for sign-in throttles. */
  proxy?: ProxyTrust;
  /** For the young person's notices in their reading mode. */
  words?: Words;
  /** The local Direct Line channel's appendBotActivities, for telling the young person at once. */
  sendToConversation?: SendToConversation;
  /** SMART flags from the language analysis, when available. */
  analyse?: (draft: Draft) => DraftAnalysis;
  now?: () => Date;
  sessionTtlMs?: number;
  throttle?: Partial<ThrottleSettings>;
}

/**
 * The key worker review site: /review (sign in, shared drafts, invitations, a draft laid out like
 * an EHC plan with comments and decisions) and /join/<code> for young people holding an invitation.
 */
export function registerReviewSite(server: Server, deps: ReviewSiteDeps): { close(): Promise<void> } {
  const storePromise = Promise.resolve(deps.keyWorkers);
  // An unhandled rejection would end the process; each request reports the failure instead.
  storePromise.catch((error: Error) => deps.log.error({ err: errorSummary(error) }, 'key worker store did not open'));
  const store = () => storePromise;
  const now = deps.now ?? (() => new Date());
  const secure = cookiesSecure(deps.publicUrl);
  const ctx: ReviewContext = {
    drafts: deps.drafts,
    store,
    auth: new Auth({ store, now, sessionTtlMs: deps.sessionTtlMs ?? SESSION_TTL_MS, secure }),
    log: deps.log,
    now,
    publicUrl: deps.publicUrl,
    proxy: deps.proxy,
    throttle: { ...LOGIN_THROTTLE, ...deps.throttle },
    analyse: deps.analyse,
    notifyYoungPerson: youngPersonNotifier({ store, words: deps.words, send: deps.sendToConversation, log: deps.log }),
    concerns: deps.concerns,
  };
  registerLoginRoutes(server, ctx);
  registerDraftRoutes(server, ctx);
  registerInvitationRoutes(server, ctx);
  registerExportRoutes(server, ctx);
  registerSafeguardingRoutes(server, ctx);
  return {
    async close() {
      await (await storePromise.catch(() => undefined))?.close();
    },
  };
}

/**
 * Cookies carry the key worker's session: they are marked Secure (sent over https only) unless
 * the site is reached over plain http on this machine (local development). With PUBLIC_URL that
 * is decided once from it; without, per request: only a plain-http request from this machine to
 * a loopback Host, not forwarded by a proxy, gets cookies without Secure.
 */
export function cookiesSecure(publicUrl: string | undefined): (req: Request) => boolean {
  if (publicUrl) {
    let secure = true;
    try {
      const url = new URL(publicUrl);
      secure = !(url.protocol === 'http:' && isLoopbackHost(url.hostname));
    } catch {
      // An unreadable address is treated as public.
    }
    return () => secure;
  }
  return (req) => {
    const host = /^(\[[^\]]*\]|[^:]*)/.exec(req.headers.host ?? '')?.[1] ?? '';
    const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers['x-forwarded-proto'] !== undefined || req.headers.forwarded !== undefined;
    const local = isLoopbackHost(host) && isLoopbackHost(req.socket.remoteAddress ?? '') && !(req.socket as { encrypted?: boolean }).encrypted;
    return forwarded || !local;
  };
}
