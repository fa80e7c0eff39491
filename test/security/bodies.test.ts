import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { typeJourney } from './support';

/*
 * Findings 1 and 2: a body sent as gzip that is not gzip killed the process (restify's zlib
 * error was never caught), and a small gzip bomb was inflated in full before any limit.
 */

let open: RunningApp;
let secured: RunningApp;

beforeAll(async () => {
  const limits = { LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '1000', TOKEN_REQUESTS_PER_MINUTE: '1000' };
  open = await runApp({ ...limits, ALLOW_UNAUTHENTICATED_MESSAGES: 'true' });
  secured = await runApp({
    ...limits,
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'not-a-real-secret',
    ALLOW_UNAUTHENTICATED_MESSAGES: 'false',
  });
});

afterAll(async () => {
  await open?.stop();
  await secured?.stop();
});

interface Raw {
  status: number;
  body: string;
}

/** A raw POST (fetch would refuse some of these headers or bodies). */
function post(url: string, route: string, body: Buffer, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}${route}`, { method: 'POST', headers: { 'Content-Length': String(body.length), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const ROUTES = ['/review/login', '/review/invitations', '/review/drafts/abc/comments', '/v3/directline/tokens/generate', '/api/messages', '/nowhere'];
const NOT_GZIP = Buffer.from('this is not gzip at all, only words');

async function alive(url: string): Promise<boolean> {
  return (await fetch(`${url}/healthz`)).status === 200;
}

describe('every body goes through one reader', { timeout: 180_000 }, () => {
  it('answers a body that claims gzip but is not with 400 or 401 on every route, and the server stays up', async () => {
    for (const running of [open, secured]) {
      for (const route of ROUTES) {
        for (const type of ['application/json', 'application/x-www-form-urlencoded']) {
          const reply = await post(running.url, route, NOT_GZIP, { 'Content-Encoding': 'gzip', 'Content-Type': type });
          expect(reply.status, `${route} ${type}`).toBeGreaterThanOrEqual(400);
          expect(reply.status, `${route} ${type}`).toBeLessThan(500);
          expect(await alive(running.url)).toBe(true);
        }
      }
    }
    // With an app id and no Authorization header, /api/messages refuses before reading anything.
    const noToken = await post(secured.url, '/api/messages', NOT_GZIP, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
    expect(noToken.status).toBe(401);
    const openBad = await post(open.url, '/api/messages', NOT_GZIP, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
    expect(openBad.status).toBe(400);
  });

  it('stops a gzip bomb at the size limit instead of inflating it', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(256 * 1024);
    const before = process.memoryUsage().rss;
    for (const route of ['/review/login', '/v3/directline/tokens/generate', '/api/messages']) {
      const reply = await post(open.url, route, bomb, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/x-www-form-urlencoded' });
      expect(reply.status, route).toBe(413);
    }
    // The server runs in this process: inflating 200 MB three times would show here.
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(await alive(open.url)).toBe(true);
  });

  it('reads real gzip, refuses encodings it does not know with 415, and cut-off gzip with 400', async () => {
    const token = await post(open.url, '/v3/directline/tokens/generate', gzipSync(Buffer.from('{}')), { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
    expect(token.status).toBe(200);
    const compress = await post(open.url, '/review/login', Buffer.from('email=a'), { 'Content-Encoding': 'compress', 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(compress.status).toBe(415);
    const twice = await post(open.url, '/review/login', Buffer.from('x'), { 'Content-Encoding': 'gzip, br', 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(twice.status).toBe(415);
    const whole = gzipSync(Buffer.from('{"user":{"id":"dl_someone"}}'));
    const cut = await post(open.url, '/v3/directline/tokens/generate', whole.subarray(0, whole.length - 6), { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' });
    expect(cut.status).toBe(400);
    expect(await alive(open.url)).toBe(true);
  });

  it('answers /api/messages with an app id and no token before the body has been sent', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${secured.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '100000' } }, (response) => {
        resolve(response.statusCode ?? 0);
        response.resume();
        request.destroy();
      });
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
      // Only the start of the body: a server that waited for all of it would never answer.
      request.write('{"type":"message",');
    });
    expect(status).toBe(401);
  });

  it('completes a whole journey after all of that', async () => {
    for (const running of [open, secured]) {
      const { seen } = await typeJourney(running.url);
      expect(seen.at(-1)).toBe(Step.reviewDone);
    }
  });
});
