import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, getActivities, startConversation, startHarness, streamRefusal, type Harness } from './harness';

describe('Direct Line tokens and secrets', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ tokenTtlSeconds: 120, tokenRequestsPerMinute: 1000 });
  });
  afterAll(async () => harness.close());

  it('refuses a token for conversation A on conversation B (403), for reading, posting and streaming', async () => {
    const a = await startConversation(harness.baseUrl);
    const b = await startConversation(harness.baseUrl);
    const read = await getActivities(harness.baseUrl, b.conversationId, a.token);
    expect(read.status).toBe(403);
    const post = await api(harness.baseUrl, `/conversations/${b.conversationId}/activities`, {
      method: 'POST',
      auth: a.token,
      json: { type: 'message', text: 'not mine' },
    });
    expect(post.status).toBe(403);
    expect(post.body).toMatchObject({ error: { code: 'Forbidden' } });
    const reconnect = await api(harness.baseUrl, `/conversations/${b.conversationId}`, { auth: a.token });
    expect(reconnect.status).toBe(403);
    const streamB = b.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(a.token)}`);
    expect(await streamRefusal(streamB)).toBe(403);
    const { group } = await getActivities(harness.baseUrl, b.conversationId, b.token);
    expect(group.activities.map((activity) => activity.text)).not.toContain('not mine');
  });

  it('refuses a tampered or missing token', async () => {
    const a = await startConversation(harness.baseUrl);
    const [header, payload, signature] = a.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: Number(claims.exp) + 9999 })).toString('base64url')}.${signature}`;
    expect((await getActivities(harness.baseUrl, a.conversationId, forged)).status).toBe(403);
    const missing = await api(harness.baseUrl, `/conversations/${a.conversationId}/activities`);
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ error: { code: 'Unauthorized' } });
  });

  it('refuses an expired token with TokenExpired, and a refreshed token works', async () => {
    const a = await startConversation(harness.baseUrl);
    harness.advance(60_000);
    const refreshed = await api(harness.baseUrl, '/tokens/refresh', { method: 'POST', auth: a.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(a.conversationId);
    harness.advance(61_000);
    const expired = await getActivities(harness.baseUrl, a.conversationId, a.token);
    expect(expired.status).toBe(403);
    expect(expired.group).toMatchObject({ error: { code: 'TokenExpired' } });
    expect((await api(harness.baseUrl, '/tokens/refresh', { method: 'POST', auth: a.token })).status).toBe(403);
    expect(await streamRefusal(a.streamUrl)).toBe(403);
    const fresh = await getActivities(harness.baseUrl, a.conversationId, String(refreshed.body.token));
    expect(fresh.status).toBe(200);
    expect(fresh.group.activities).toHaveLength(1);
  });

  it('answers 404 NotFound for a conversation that does not exist', async () => {
    const a = await startConversation(harness.baseUrl);
    const generated = await api(harness.baseUrl, '/tokens/generate', { method: 'POST' });
    const neverStarted = await getActivities(harness.baseUrl, String(generated.body.conversationId), String(generated.body.token));
    expect(neverStarted.status).toBe(404);
    expect(neverStarted.group).toMatchObject({ error: { code: 'NotFound' } });
    const badId = await api(harness.baseUrl, '/conversations/no%20such%20thing/activities', { auth: a.token });
    expect(badId.status).toBe(404);
    expect(badId.body).toMatchObject({ error: { code: 'NotFound' } });
  });
});

describe('Direct Line reconnect', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ publicUrl: 'https://chat.example.org' });
  });
  afterAll(async () => harness.close());

  it('a page with a token and conversation id that never started it gets the welcome on reconnect', async () => {
    const generated = await api(harness.baseUrl, '/tokens/generate', { method: 'POST' });
    const conversationId = String(generated.body.conversationId);
    const token = String(generated.body.token);
    const reconnect = await api(harness.baseUrl, `/conversations/${conversationId}?watermark=`, { auth: token });
    expect(reconnect.status).toBe(200);
    expect(String(reconnect.body.streamUrl)).toMatch(new RegExp(`^wss://chat\\.example\\.org/v3/directline/conversations/${conversationId}/stream\\?`));
    const { group } = await getActivities(harness.baseUrl, conversationId, token);
    expect(group.activities.map((activity) => activity.from.role)).toEqual(['bot']);
  });
});

describe('Direct Line with a secret', () => {
  const secret = 'a-direct-line-secret-for-tests';
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ secret, tokenRequestsPerMinute: 3 });
  });
  afterAll(async () => harness.close());

  it('needs the secret to generate a token, and limits token requests per client', async () => {
    const none = await api(harness.baseUrl, '/tokens/generate', { method: 'POST' });
    expect(none.status).toBe(401);
    const wrong = await api(harness.baseUrl, '/tokens/generate', { method: 'POST', auth: 'not-the-secret-at-all' });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ error: { code: 'Forbidden' } });
    const right = await api(harness.baseUrl, '/tokens/generate', { method: 'POST', auth: secret, json: { user: { id: 'dl_page' } } });
    expect(right.status).toBe(200);
    expect(typeof right.body.token).toBe('string');
    const limited = await api(harness.baseUrl, '/tokens/generate', { method: 'POST', auth: secret });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: 'TooManyRequests' } });
  });

  it('creates a new conversation with the secret and returns a token bound to it', async () => {
    const created = await api(harness.baseUrl, '/conversations', { method: 'POST', auth: secret, json: { user: { id: 'service-user' } } });
    expect(created.status).toBe(201);
    const conversationId = String(created.body.conversationId);
    const other = await api(harness.baseUrl, '/conversations', { method: 'POST', auth: secret });
    expect(other.body.conversationId).not.toBe(conversationId);
    const withToken = await getActivities(harness.baseUrl, conversationId, String(created.body.token));
    expect(withToken.group.activities).toHaveLength(1);
    expect(withToken.group.activities[0]?.recipient).toMatchObject({ id: 'service-user' });
    const withSecret = await getActivities(harness.baseUrl, conversationId, secret);
    expect(withSecret.status).toBe(200);
    expect((await getActivities(harness.baseUrl, String(other.body.conversationId), String(created.body.token))).status).toBe(403);
  });
});
