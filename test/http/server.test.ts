import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { App } from '../../src/app';
import { isLoopback } from '../../src/server';
import { runApp } from '../support/inProcessApp';

let logLines: string[] = [];

let app: App;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'outcomes-http-'));
  const running = await runApp({ LOG_LEVEL: 'debug', ALLOW_UNAUTHENTICATED_MESSAGES: 'true' }, { dataDir: dir });
  ({ app, logLines } = running);
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const conversation = (id: string) => ({ id, isGroup: false, conversationType: 'personal', name: '' });

async function postActivity(activity: Partial<Activity>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:1/',
      from: { id: 'person-1', name: 'Person' },
      recipient: { id: 'outcomes-bot', name: 'Outcomes Bot' },
      deliveryMode: 'expectReplies',
      ...activity,
    }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

const stepsOf = (body: unknown) =>
  ((body as { activities?: Partial<Activity>[] }).activities ?? [])
    .map((a) => (a.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step)
    .filter(Boolean);

describe('the server', () => {
  it('says it is alive and ready', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the Web Chat bundle from node_modules', async () => {
    const response = await fetch(`${app.url}/webchat/webchat.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect((await response.text()).length).toBeGreaterThan(100_000);
  });

  it('runs turns on /api/messages with expectReplies', async () => {
    const started = await postActivity({ type: 'conversationUpdate', conversation: conversation('c-1'), membersAdded: [{ id: 'person-1', name: 'Person' }] });
    expect(started.status).toBe(200);
    expect(stepsOf(started.body)).toEqual([Step.welcomeReadingMode]);
    const answered = await postActivity({ type: 'message', text: 'Easy read', conversation: conversation('c-1') });
    expect(stepsOf(answered.body)).toEqual([Step.welcomeConsent]);
  });

  it('answers bad bodies with a JSON error, never a crash', async () => {
    const malformed = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type": "message",' });
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
    const huge = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('recovers from a failed turn with a kind message, and the next message works', async () => {
    await postActivity({ type: 'conversationUpdate', conversation: conversation('c-2'), membersAdded: [{ id: 'person-1', name: 'Person' }] });
    await postActivity({ type: 'message', text: 'Standard words', conversation: conversation('c-2') });
    // The disk fails once, in the middle of storing an answer.
    const { stores } = app;
    const writeTurn = stores.writeTurn.bind(stores);
    stores.writeTurn = async (writes) => {
      if (writes.drafts.length === 0) return writeTurn(writes);
      stores.writeTurn = writeTurn;
      throw new Error('disk I/O error');
    };
    const broken = await postActivity({ type: 'message', text: "Yes, that's OK", conversation: conversation('c-2') });
    const replies = (broken.body as { activities: Partial<Activity>[] }).activities;
    expect(replies.some((a) => /saved|safe/i.test(a.text ?? ''))).toBe(true);
    expect(stepsOf(broken.body)).toEqual([]);
    const next = await postActivity({ type: 'message', text: "Yes, that's OK", conversation: conversation('c-2') });
    expect(stepsOf(next.body)).toEqual([Step.welcomeWho]);
  });

  it('keeps what people type out of the logs', async () => {
    await postActivity({ type: 'conversationUpdate', conversation: conversation('conv-quokka-7731'), membersAdded: [{ id: 'person-1', name: 'Person' }] });
    for (const text of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Zebediah Quinton', 'Year 10', 'No code']) {
      await postActivity({ type: 'message', text, conversation: conversation('conv-quokka-7731') });
    }
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('Zebediah');
    expect(logs).not.toContain('Quinton');
    expect(logs).not.toContain('quokka');
  });
});

describe('who may call /api/messages without credentials', () => {
  it('is anyone on this machine, and nobody else', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('127.8.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopback('10.0.0.5')).toBe(false);
    expect(isLoopback('::ffff:192.168.1.2')).toBe(false);
    expect(isLoopback('2001:db8::1')).toBe(false);
  });

  it('needs a valid Bot Framework token once a Microsoft App ID is set', async () => {
    const secured = mkdtempSync(path.join(tmpdir(), 'outcomes-http-auth-'));
    const authed = (await runApp({ LOG_LEVEL: 'silent', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' }, { dataDir: secured })).app;
    try {
      const response = await fetch(`${authed.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'hi', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'x' }, from: { id: 'a' }, recipient: { id: 'b' } }),
      });
      expect(response.status).toBe(401);
    } finally {
      await authed.close();
      rmSync(secured, { recursive: true, force: true });
    }
  });
});
