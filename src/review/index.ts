import type { Request, Server } from 'restify';
import type { DraftAnalysis } from '../domain/checks';
import type { Draft } from '../domain/draft';
import type { Words } from '../i18n';
import type { ProxyTrust } from '../security/clientAddress';
import { isLoopbackHost } from '../security/serviceUrls';
import { Auth } from './auth';
import type { ReviewContext, ReviewLog, ReviewStores, ThrottleSettings } from './context';
import { registerDraftRoutes } from './draftRoutes';
import { registerExportRoutes } from './exportRoutes';
import { registerInvitationRoutes } from './invitationRoutes';
import { registerLoginRoutes } from './loginRoutes';
import { registerSafeguardingRoutes } from './safeguardingRoutes';

export type { ReviewStores } from './context';
export type { SendToConversation } from './notify';

/** Eight hours: a working day; a key worker signs in again the next morning. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** 5 wrong passwords for one account, or 20 from one address (a school shares one), per 15 minutes. */
export const LOGIN_THROTTLE: ThrottleSettings = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20 };

export interface ReviewSiteDeps {
  /** Drafts, accounts, invitations, chat links and the leads' concerns (/review/safeguarding). */
  stores: ReviewStores;
  log: ReviewLog;
  /** Cookies are Secure unless this is plain http on this machine; invitation links are built from it. */
  publicUrl?: string;
  /** Whether X-Forwarded-For names the client (TRUST_PROXY), for sign-in throttles. */
  proxy?: ProxyTrust;
  /** The app's words: the young person's notices in their reading mode, and the exports. */
  words: Words;
  /** Tells the young person in their chat (src/review/notify.ts); without it they see changes on their next visit. */
  notifyYoungPerson?: ReviewContext['notifyYoungPerson'];
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
export function registerReviewSite(server: Server, deps: ReviewSiteDeps): void {
  const { stores } = deps;
  const now = deps.now ?? (() => new Date());
  const secure = cookiesSecure(deps.publicUrl);
  const ctx: ReviewContext = {
    stores,
    words: deps.words,
    auth: new Auth({ keyWorkers: stores.keyWorkers, now, sessionTtlMs: deps.sessionTtlMs ?? SESSION_TTL_MS, secure }),
    log: deps.log,
    now,
    publicUrl: deps.publicUrl,
    proxy: deps.proxy,
    throttle: { ...LOGIN_THROTTLE, ...deps.throttle },
    analyse: deps.analyse,
    notifyYoungPerson: deps.notifyYoungPerson ?? (async () => false),
  };
  registerLoginRoutes(server, ctx);
  registerDraftRoutes(server, ctx);
  registerInvitationRoutes(server, ctx);
  registerExportRoutes(server, ctx);
  registerSafeguardingRoutes(server, ctx);
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
