import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/review/passwords';
import { serviceUrlProblem } from '../../src/security/serviceUrls';
import { Client, PASSWORD } from '../review/harness';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { createStores } from '../../src/storage';
import { DirectLineClient, stepOf } from '../support/appClients';

/*
 * Finding 4: /api/messages trusted the loopback address. Without an app id, anything on the same
 * host (a reverse proxy forwarding the internet) could read any draft, act as a key worker in
 * Teams, make the server POST to any serviceUrl, and lock every key worker out of the review site
 * (the sign-in throttle saw one address for everybody).
 */

const activity = (fields: Record<string, unknown> = {}) => ({
  type: 'message',
  text: 'hello',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:1/',
  conversation: { id: 'c-1' },
  from: { id: 'person-1' },
  recipient: { id: 'outcomes-bot' },
  deliveryMode: 'expectReplies',
  ...fields,
});

async function postMessage(url: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  await response.text();
  return response.status;
}

/** fetch will not send another Host header; a proxy does. */
function postWithHost(url: string, body: unknown, host: string): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/api/messages`, { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(data)) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end(data);
  });
}

describe('/api/messages without an app id', () => {
  let closed: RunningApp;
  let development: RunningApp;

  beforeAll(async () => {
    closed = await runApp({ LOG_LEVEL: 'silent', ALLOW_UNAUTHENTICATED_MESSAGES: 'false' });
    development = await runApp({ LOG_LEVEL: 'silent', ALLOW_UNAUTHENTICATED_MESSAGES: 'true' });
  });

  afterAll(async () => {
    await closed?.stop();
    await development?.stop();
  });

  it('is off by default, even from this machine, and the web chat page does not need it', async () => {
    expect(await postMessage(closed.url, activity())).toBe(401);
    const client = await DirectLineClient.start(closed.url);
    const first = await client.nextQuestion();
    expect(first.map(stepOf).filter(Boolean)).toEqual(['welcome.readingMode']);
    expect((await client.say('standard')).status).toBe(200);
  });

  it('in local development serves this machine only, never a request a proxy forwarded', async () => {
    expect(await postMessage(development.url, activity())).toBe(200);
    expect(await postMessage(development.url, activity(), { 'X-Forwarded-For': '203.0.113.7' })).toBe(401);
    expect(await postMessage(development.url, activity(), { Forwarded: 'for=203.0.113.7' })).toBe(401);
    expect(await postWithHost(development.url, activity(), 'outcomes.example.org')).toBe(401);
  });

  it('answers a serviceUrl that is not one of the channel\'s with 400, never a 500, and sends nothing there', async () => {
    for (const serviceUrl of ['https://attacker.example/', 'http://smba.trafficmanager.net/emea/', 'not a url', 'https://smba.trafficmanager.net.attacker.example/']) {
      expect(await postMessage(development.url, activity({ channelId: 'msteams', serviceUrl, deliveryMode: undefined })), serviceUrl).toBe(400);
    }
    expect(await postMessage(development.url, activity({ channelId: 'directline', serviceUrl: 'https://evil.example/' }))).toBe(400);
  });

  it('knows the channels\' own hosts', () => {
    const production = { allowLoopback: false };
    expect(serviceUrlProblem('msteams', 'https://smba.trafficmanager.net/emea/', production)).toBeUndefined();
    expect(serviceUrlProblem('msteams', 'https://smba.infra.gcc.teams.microsoft.com/', production)).toBeUndefined();
    expect(serviceUrlProblem('directline', 'https://europe.directline.botframework.com/', production)).toBeUndefined();
    expect(serviceUrlProblem('webchat', 'https://webchat.botframework.com/', production)).toBeUndefined();
    expect(serviceUrlProblem('msteams', 'https://directline.botframework.com/', production)).toBeDefined();
    expect(serviceUrlProblem('emulator', 'http://localhost:3978/', production)).toBeDefined();
    expect(serviceUrlProblem('emulator', 'http://localhost:3978/', { allowLoopback: true })).toBeUndefined();
    expect(serviceUrlProblem('msteams', 'https://user:pw@smba.trafficmanager.net/', production)).toBeDefined();
  });
});

describe('the review site\'s sign-in throttle behind a proxy', () => {
  async function withKeyWorker(env: Record<string, string>): Promise<RunningApp> {
    const running = await runApp({ LOG_LEVEL: 'silent', ...env });
    const accounts = await createStores({ dataDir: running.dataDir });
    await accounts.keyWorkers.addKeyWorker({ email: 'kim@school.example', name: 'Kim Lee', passwordHash: await hashPassword(PASSWORD) }, new Date());
    await accounts.close();
    return running;
  }

  /** Wrong passwords for accounts that do not exist, so only the address is counted. */
  async function guess(url: string, times: number, forwardedFor: (i: number) => string): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < times; i++) {
      const client = new Client(url, { 'X-Forwarded-For': forwardedFor(i) });
      statuses.push((await client.login(`nobody${i}@example.org`, 'wrong password')).status);
    }
    return statuses;
  }

  it('with TRUST_PROXY, one address guessing does not lock the key worker out', async () => {
    const running = await withKeyWorker({ TRUST_PROXY: '1' });
    try {
      const statuses = await guess(running.url, 21, () => '203.0.113.7');
      expect(statuses.at(-1)).toBe(429);
      const kim = new Client(running.url, { 'X-Forwarded-For': '198.51.100.9' });
      expect((await kim.login('kim@school.example')).status).toBe(303);
    } finally {
      await running.stop();
    }
  }, 120_000);

  it('without TRUST_PROXY, a made-up X-Forwarded-For does not escape the address throttle', async () => {
    const running = await withKeyWorker({});
    try {
      const statuses = await guess(running.url, 21, (i) => `192.0.2.${i + 1}`);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await running.stop();
    }
  }, 120_000);
});
