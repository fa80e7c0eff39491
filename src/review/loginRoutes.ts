import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { hashId } from '../log';
import { signedIn, type ReviewContext } from './context';
import { clientAddressOf } from '../security/clientAddress';
import { formFields, redirect, sendPage } from './http';
import { loginPage } from './pages/loginPage';
import { decoyPasswordHash, verifyPassword } from './passwords';

const loginForm = z.object({
  csrf: z.string().max(200).optional(),
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

const accountSubject = (email: string) => `account:${email}`;
const addressSubject = (address: string) => `address:${address}`;

export function registerLoginRoutes(server: Server, ctx: ReviewContext): void {
  server.get('/review/login', async (req, res) => {
    if (await ctx.auth.currentSession(req)) return redirect(res, '/review');
    const csrf = ctx.auth.loginCsrf(req);
    sendPage(res, 200, loginPage({ csrfToken: csrf.token }), csrf.cookie ? { 'Set-Cookie': csrf.cookie } : {});
  });

  server.post('/review/login', async (req, res) => login(ctx, req, res));

  server.post(
    '/review/logout',
    signedIn(ctx, async (req, res) => redirect(res, '/review/login', { 'Set-Cookie': await ctx.auth.endSession(req) }), { form: true }),
  );
}

async function login(ctx: ReviewContext, req: Request, res: Response): Promise<void> {
  const fields = formFields(req);
  const csrf = ctx.auth.loginCsrf(req);
  const again = (status: number, error: string, email?: string) =>
    sendPage(res, status, loginPage({ csrfToken: csrf.token, error, email }), csrf.cookie ? { 'Set-Cookie': csrf.cookie } : {});

  if (!ctx.auth.loginCsrfValid(req, fields.csrf)) {
    ctx.log.warn({ route: '/review/login' }, 'sign-in refused: CSRF token missing or wrong');
    return again(403, 'The sign-in form had expired. Please try again.');
  }
  const parsed = loginForm.safeParse(fields);
  if (!parsed.success) return again(400, 'Enter your email address and password.');
  const { email, password } = parsed.data;
  const store = ctx.stores.keyWorkers;
  const now = ctx.now();
  const since = new Date(now.getTime() - ctx.throttle.windowMs);
  const address = clientAddressOf(req, ctx.proxy);
  // Checked before the password, so a throttled guesser learns nothing even when a guess is right.
  const [accountFailures, addressFailures] = await Promise.all([
    store.countLoginFailures(accountSubject(email), since),
    store.countLoginFailures(addressSubject(address), since),
  ]);
  if (accountFailures >= ctx.throttle.perAccount || addressFailures >= ctx.throttle.perAddress) {
    ctx.log.warn({ account: hashId(email) }, 'sign-in throttled');
    const minutes = Math.round(ctx.throttle.windowMs / 60_000);
    return again(429, `Too many attempts to sign in. Wait ${minutes} minutes and try again.`, email);
  }
  const account = await store.findKeyWorkerByEmail(email);
  const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyPasswordHash()));
  if (!account || !matches || account.disabled) {
    await store.recordLoginFailure([accountSubject(email), addressSubject(address)], now);
    ctx.log.info({ account: hashId(email) }, 'sign-in failed');
    return again(401, 'The email address or password is not right.', email);
  }
  await store.clearLoginFailures(accountSubject(email));
  const cookie = await ctx.auth.startSession(account.id, req);
  ctx.log.info({ keyWorker: account.id }, 'key worker signed in');
  redirect(res, '/review', { 'Set-Cookie': cookie });
}
