import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decoyPasswordHash, hashPassword, SCRYPT_PARAMS, verifyPassword } from '../../src/review/passwords';
import { addKeyWorker, Client, PASSWORD, startSite, type Site } from './harness';

let site: Site;
beforeEach(async () => {
  site = await startSite({ throttle: { perAccount: 5, perAddress: 8 }, sessionTtlMs: 60 * 60 * 1000 });
  await addKeyWorker(site, 'sam@school.example', 'Sam Jones');
});
afterEach(async () => site.close());

describe('passwords', () => {
  it('are stored as salted scrypt hashes that only the right password matches', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).not.toBe(b);
    expect(a.startsWith(`scrypt$${SCRYPT_PARAMS.N}$${SCRYPT_PARAMS.r}$${SCRYPT_PARAMS.p}$`)).toBe(true);
    expect(a).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword('correct horse battery!', a)).toBe(false);
    expect(await verifyPassword(PASSWORD, await decoyPasswordHash())).toBe(false);
    expect(await verifyPassword(PASSWORD, 'not a hash')).toBe(false);
  });
});

describe('sign in', () => {
  it('shows an accessible login page with security headers', async () => {
    const response = await new Client(site.url).get('/review/login');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const page = await response.text();
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toMatch(/<label for="email">/);
    expect(page).toMatch(/<label for="password">/);
    expect(page).not.toMatch(/<script/i);
  });

  it('sends a signed-out visitor to the login page', async () => {
    const response = await new Client(site.url).get('/review');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/review/login');
  });

  it('signs in with the right password, in any letter case of the email, with a safe session cookie', async () => {
    const client = new Client(site.url);
    const response = await client.login('Sam@School.example');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/review');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('review_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=3600/);
    expect(cookie).not.toMatch(/Secure/);
    const home = await client.get('/review');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Signed in as Sam Jones');
  });

  it('marks the cookie Secure when the site is public over https', async () => {
    const secureSite = await startSite({ publicUrl: 'https://review.example' });
    try {
      await addKeyWorker(secureSite, 'sam@school.example', 'Sam');
      const response = await new Client(secureSite.url).login('sam@school.example');
      expect(response.headers.getSetCookie().find((c) => c.startsWith('review_session='))).toMatch(/; Secure/);
    } finally {
      await secureSite.close();
    }
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const wrong = await new Client(site.url).login('sam@school.example', 'wrong password!!');
    const unknown = await new Client(site.url).login('nobody@school.example');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = 'The email address or password is not right.';
    expect(await wrong.text()).toContain(message);
    expect(await unknown.text()).toContain(message);
  });

  it('refuses a disabled account, and disabling ends its sessions', async () => {
    const client = new Client(site.url);
    await client.login('sam@school.example');
    expect((await client.get('/review')).status).toBe(200);
    await site.stores.keyWorkers.setDisabled('sam@school.example', true);
    expect((await client.get('/review')).status).toBe(303);
    expect((await new Client(site.url).login('sam@school.example')).status).toBe(401);
  });

  it('throttles an account after 5 failures in 15 minutes, even with the right password, then lets it in again', async () => {
    for (let i = 0; i < 5; i += 1) expect((await new Client(site.url).login('sam@school.example', `guess number ${i}`)).status).toBe(401);
    const throttled = await new Client(site.url).login('sam@school.example');
    expect(throttled.status).toBe(429);
    expect(await throttled.text()).toContain('Too many attempts');
    site.clock.now = new Date(site.clock.now.getTime() + 16 * 60 * 1000);
    expect((await new Client(site.url).login('sam@school.example')).status).toBe(303);
  });

  it('throttles one address trying many accounts', async () => {
    for (let i = 0; i < 8; i += 1) await new Client(site.url).login(`person${i}@school.example`, 'a guess at it');
    expect((await new Client(site.url).login('sam@school.example')).status).toBe(429);
  });

  it('refuses a login form without the right CSRF token', async () => {
    const client = new Client(site.url);
    await client.get('/review/login');
    const missing = await client.post('/review/login', { email: 'sam@school.example', password: PASSWORD });
    expect(missing.status).toBe(403);
    const wrong = await client.post('/review/login', { csrf: 'x'.repeat(43), email: 'sam@school.example', password: PASSWORD });
    expect(wrong.status).toBe(403);
    expect(client.cookies.has('review_session')).toBe(false);
  });

  it('ends the session after its lifetime', async () => {
    const client = new Client(site.url);
    await client.login('sam@school.example');
    site.clock.now = new Date(site.clock.now.getTime() + 59 * 60 * 1000);
    expect((await client.get('/review')).status).toBe(200);
    site.clock.now = new Date(site.clock.now.getTime() + 2 * 60 * 1000);
    const expired = await client.get('/review');
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toBe('/review/login');
  });

  it('signs out only with the CSRF token, and the old cookie is then worthless', async () => {
    const client = new Client(site.url);
    await client.login('sam@school.example');
    const stolen = client.cookies.get('review_session') ?? '';
    expect((await client.post('/review/logout', {})).status).toBe(403);
    const csrf = await client.csrfFrom('/review');
    const out = await client.post('/review/logout', { csrf });
    expect(out.status).toBe(303);
    const replay = new Client(site.url);
    replay.cookies.set('review_session', stolen);
    expect((await replay.get('/review')).status).toBe(303);
  });
});
