import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';
import { clearCookie, parseCookies, serializeCookie } from './cookies';
import type { KeyWorkerStore, ReviewSession } from '../storage';

export const SESSION_COOKIE = 'review_session';
/** Before sign-in there is no session to hold a token, so the login form double-submits this one. */
export const LOGIN_CSRF_COOKIE = 'review_login_csrf';

export interface AuthSettings {
  keyWorkers: Pick<KeyWorkerStore, 'findSession' | 'createSession' | 'deleteSession'>;
  now: () => Date;
  sessionTtlMs: number;
  /** Whether this request's cookies are marked Secure (see `cookiesSecure` in index.ts). */
  secure: (req: Request) => boolean;
}

const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export function tokensMatch(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class Auth {
  constructor(private readonly settings: AuthSettings) {}

  async currentSession(req: Request): Promise<ReviewSession | undefined> {
    const id = parseCookies(req.header('cookie')).get(SESSION_COOKIE);
    if (!id) return undefined;
    return this.settings.keyWorkers.findSession(hashSessionId(id), this.settings.now());
  }

  /** A new session id on every sign-in, so an id planted before sign-in is worth nothing after it. */
  async startSession(keyWorkerId: string, req: Request): Promise<string> {
    const id = newToken();
    const now = this.settings.now();
    await this.settings.keyWorkers.createSession({
      idHash: hashSessionId(id),
      keyWorkerId,
      csrfToken: newToken(),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.settings.sessionTtlMs),
    });
    return serializeCookie(SESSION_COOKIE, id, { maxAgeSeconds: this.settings.sessionTtlMs / 1000, secure: this.settings.secure(req) });
  }

  async endSession(req: Request): Promise<string> {
    const id = parseCookies(req.header('cookie')).get(SESSION_COOKIE);
    if (id) await this.settings.keyWorkers.deleteSession(hashSessionId(id));
    return clearCookie(SESSION_COOKIE, { secure: this.settings.secure(req) });
  }

  /** The login form's token: reuses the visitor's cookie when there is one, so two open tabs both work. */
  loginCsrf(req: Request): { token: string; cookie?: string } {
    const existing = parseCookies(req.header('cookie')).get(LOGIN_CSRF_COOKIE);
    if (existing && existing.length >= 32) return { token: existing };
    const token = newToken();
    return { token, cookie: serializeCookie(LOGIN_CSRF_COOKIE, token, { maxAgeSeconds: 3600, secure: this.settings.secure(req), path: '/review' }) };
  }

  loginCsrfValid(req: Request, given: unknown): boolean {
    const expected = parseCookies(req.header('cookie')).get(LOGIN_CSRF_COOKIE);
    return expected !== undefined && expected.length >= 32 && tokensMatch(expected, given);
  }
}
