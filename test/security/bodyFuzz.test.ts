import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startAppProcess, type RunningApp } from '../support/appProcess';
import { typeJourney } from './support';

/*
 * The shapes of findings 1 and 2, mixed at random, against the server running as `npm start`
 * runs it (its own process): if any request could throw past the body reader, the process
 * would end and /healthz would stop answering.
 */

let running: RunningApp;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'outcomes-body-fuzz-'));
  running = await startAppProcess({ dataDir: dir, env: { MESSAGES_PER_MINUTE: '100000', MESSAGES_PER_MINUTE_PER_ADDRESS: '1000000', TOKEN_REQUESTS_PER_MINUTE: '100000' } });
}, 60_000);

afterAll(async () => {
  await running?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A small seeded generator, so a failure can be replayed (FUZZ_SEED). */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const ROUTES = ['/api/messages', '/review/login', '/review/logout', '/review/invitations', '/review/drafts/x/comments', '/v3/directline/tokens/generate', '/v3/directline/conversations', '/v3/directline/conversations/abc/activities', '/', '/nowhere'];
const ENCODINGS = [undefined, 'gzip', 'x-gzip', 'deflate', 'br', 'identity', 'compress', 'gzip, gzip', 'GZIP', '', 'zstd'];
const TYPES = ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', undefined];

const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x41));

function payload(next: () => number): Buffer {
  const json = Buffer.from(JSON.stringify({ type: 'message', text: 'hi \u0000 \uD800', conversation: { id: 'c' }, from: { id: 'u' }, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1/', deliveryMode: 'expectReplies' }));
  const shapes = [
    () => Buffer.from('not compressed at all'),
    () => gzipSync(json),
    () => gzipSync(json).subarray(0, 10),
    () => deflateSync(json),
    () => brotliCompressSync(json),
    () => BOMB,
    () => Buffer.from(Array.from({ length: 200 }, () => Math.floor(next() * 256))),
    () => Buffer.from('['.repeat(5000)),
    () => json,
    () => Buffer.alloc(0),
  ];
  return shapes[Math.floor(next() * shapes.length)]!();
}

function send(url: string, route: string, body: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(`${url}${route}`, { method: 'POST', headers: { 'Content-Length': String(body.length), ...headers } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    // A connection the server cut (after answering a huge body) is fine; a dead server is not.
    request.on('error', () => resolve(-1));
    request.end(body);
  });
}

describe('the body shapes at random against a running server', { timeout: 180_000 }, () => {
  it('never stops the server, never answers 5xx, and a journey completes afterwards', async () => {
    const next = random(Number(process.env.FUZZ_SEED ?? 20261202));
    const statuses = new Map<number, number>();
    for (let i = 0; i < 400; i++) {
      const route = ROUTES[Math.floor(next() * ROUTES.length)]!;
      const encoding = ENCODINGS[Math.floor(next() * ENCODINGS.length)];
      const type = TYPES[Math.floor(next() * TYPES.length)];
      const headers: Record<string, string> = {};
      if (encoding !== undefined) headers['Content-Encoding'] = encoding;
      if (type !== undefined) headers['Content-Type'] = type;
      const status = await send(running.url, route, payload(next), headers);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(status, `${route} ${encoding} ${type}`).toBeLessThan(500);
    }
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const { seen } = await typeJourney(running.url);
    expect(seen.at(-1)).toBe(Step.reviewDone);
  });
});
