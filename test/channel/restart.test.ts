import { afterAll, describe, expect, it } from 'vitest';
import { StreamReader, WELCOME, api, getActivities, startConversation, startHarness, type Harness } from './harness';

describe('Direct Line across a server restart', () => {
  const open: Harness[] = [];
  afterAll(async () => {
    for (const harness of open) await harness.close();
  });

  it('reconnects to the same conversation with its whole history', async () => {
    const first = await startHarness();
    const { conversationId, token } = await startConversation(first.baseUrl, { id: 'returning-user' });
    for (const text of ['one', 'two']) {
      await api(first.baseUrl, `/conversations/${conversationId}/activities`, { method: 'POST', auth: token, json: { type: 'message', text } });
    }
    await first.close();

    const second = await startHarness({ dataDir: first.dataDir });
    open.push(second);
    // The signing key is shared through the store, so the page's old token still refreshes.
    const refreshed = await api(second.baseUrl, '/tokens/refresh', { method: 'POST', auth: token });
    expect(refreshed.status).toBe(200);
    const newToken = String(refreshed.body.token);

    const reconnect = await api(second.baseUrl, `/conversations/${conversationId}?watermark=`, { auth: newToken });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.conversationId).toBe(conversationId);

    const { group } = await getActivities(second.baseUrl, conversationId, newToken);
    expect(group.activities.map((a) => a.text)).toEqual([WELCOME, 'one', 'You said: one', 'two', 'You said: two']);
    expect(group.watermark).toBe('5');

    // Starting again with the token returns the existing conversation and does not welcome twice.
    const again = await api(second.baseUrl, '/conversations', { method: 'POST', auth: newToken });
    expect(again.status).toBe(200);

    const stream = await StreamReader.open(String(reconnect.body.streamUrl));
    try {
      await api(second.baseUrl, `/conversations/${conversationId}/activities`, { method: 'POST', auth: newToken, json: { type: 'message', text: 'three' } });
      await stream.waitFor((activities) => activities.some((a) => a.text === 'You said: three'));
      expect(stream.activities.map((a) => a.text)).toEqual([WELCOME, 'one', 'You said: one', 'two', 'You said: two', 'three', 'You said: three']);
    } finally {
      stream.close();
    }
  });

  it('a stream on one instance receives what another instance sharing the database appends', async () => {
    const a = await startHarness();
    open.push(a);
    const b = await startHarness({ dataDir: a.dataDir });
    open.push(b);
    const { conversationId, token, streamUrl } = await startConversation(a.baseUrl);
    const stream = await StreamReader.open(streamUrl);
    try {
      await stream.waitFor((activities) => activities.length === 1);
      const posted = await api(b.baseUrl, `/conversations/${conversationId}/activities`, {
        method: 'POST',
        auth: token,
        json: { type: 'message', text: 'via the other instance' },
      });
      expect(posted.status).toBe(200);
      await stream.waitFor((activities) => activities.some((x) => x.text === 'You said: via the other instance'), 3000);
    } finally {
      stream.close();
    }
  });
});
