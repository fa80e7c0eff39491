import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, StreamReader, WELCOME, api, getActivities, startConversation, startHarness, type Harness } from './harness';

describe('Direct Line conversation', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness.close());

  it('has the bot welcome in the history before the person types', async () => {
    const { conversationId, token, status, generated } = await startConversation(harness.baseUrl);
    expect(generated.status).toBe(200);
    expect(generated.body.conversationId).toBe(conversationId);
    expect(generated.body.expires_in).toBe(3600);
    expect(status).toBe(201);

    const { status: listed, group } = await getActivities(harness.baseUrl, conversationId, token);
    expect(listed).toBe(200);
    expect(group.activities.map((a) => [a.type, a.text, a.from.id])).toEqual([['message', WELCOME, BOT_ID]]);
    expect(group.activities[0]?.id).toBe(`${conversationId}|0000001`);
    expect(group.watermark).toBe('1');
  });

  it('starting the same conversation again returns it (200) without a second welcome', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl);
    const again = await api(harness.baseUrl, '/conversations', { method: 'POST', auth: token });
    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(conversationId);
    expect(String(again.body.streamUrl)).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId}/stream\\?`));
    const { group } = await getActivities(harness.baseUrl, conversationId, token);
    expect(group.activities.filter((a) => a.text === WELCOME)).toHaveLength(1);
  });

  it('returns the person’s own activity with their from.id, then the reply, with string watermarks', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl, { id: 'page-user-1' });
    const posted = await api(harness.baseUrl, `/conversations/${conversationId}/activities`, {
      method: 'POST',
      auth: token,
      json: { type: 'message', text: 'I like drawing', from: { id: 'web-user-7', name: 'Sam' }, channelData: { clientActivityID: 'c1' } },
    });
    expect(posted.status).toBe(200);
    expect(posted.body.id).toBe(`${conversationId}|0000002`);

    const { group } = await getActivities(harness.baseUrl, conversationId, token, '1');
    expect(group.watermark).toBe('3');
    const [mine, reply] = group.activities;
    expect(mine).toMatchObject({
      id: posted.body.id,
      type: 'message',
      text: 'I like drawing',
      from: { id: 'web-user-7', role: 'user' },
      channelId: 'directline',
      conversation: { id: conversationId },
      channelData: { clientActivityID: 'c1' },
    });
    expect(reply).toMatchObject({ type: 'message', text: 'You said: I like drawing', from: { id: BOT_ID }, replyToId: posted.body.id });
    expect(Date.parse(String(reply?.timestamp))).toBeGreaterThan(Date.parse(String(mine?.timestamp)));

    const nothingNew = await getActivities(harness.baseUrl, conversationId, token, '3');
    expect(nothingNew.group).toEqual({ activities: [], watermark: '3' });
  });

  it('uses the token’s user id when the client sends no from', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl, { id: 'page-user-2' });
    await api(harness.baseUrl, `/conversations/${conversationId}/activities`, { method: 'POST', auth: token, json: { type: 'message', text: 'hi' } });
    const { group } = await getActivities(harness.baseUrl, conversationId, token, '1');
    expect(group.activities[0]?.from.id).toBe('page-user-2');
  });

  it('pushes the person’s activity and the bot reply on the stream', async () => {
    const { conversationId, token, streamUrl } = await startConversation(harness.baseUrl);
    const stream = await StreamReader.open(streamUrl);
    try {
      await stream.waitFor((activities) => activities.some((a) => a.text === WELCOME));
      await api(harness.baseUrl, `/conversations/${conversationId}/activities`, {
        method: 'POST',
        auth: token,
        json: { type: 'message', text: 'hello stream', from: { id: 'u1' } },
      });
      await stream.waitFor((activities) => activities.some((a) => a.text === 'You said: hello stream'));
      expect(stream.activities.map((a) => a.text)).toEqual([WELCOME, 'hello stream', 'You said: hello stream']);
      expect(stream.groups.at(-1)?.watermark).toBe('3');
    } finally {
      stream.close();
    }
  });

  it('a stream opened with a watermark sends only what came after it', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl);
    await api(harness.baseUrl, `/conversations/${conversationId}/activities`, { method: 'POST', auth: token, json: { type: 'message', text: 'one' } });
    const reconnect = await api(harness.baseUrl, `/conversations/${conversationId}?watermark=2`, { auth: token });
    expect(reconnect.status).toBe(200);
    const stream = await StreamReader.open(String(reconnect.body.streamUrl));
    try {
      await stream.waitFor((activities) => activities.length >= 1);
      expect(stream.activities.map((a) => a.text)).toEqual(['You said: one']);
    } finally {
      stream.close();
    }
  });

  it('runs the turns of one conversation one at a time, in order', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl);
    harness.bot.maxActive = 0;
    const post = (text: string) =>
      api(harness.baseUrl, `/conversations/${conversationId}/activities`, { method: 'POST', auth: token, json: { type: 'message', text } });
    const results = await Promise.all([post('slow 1'), post('slow 2'), post('slow 3')]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(harness.bot.maxActive).toBe(1);
    const { group } = await getActivities(harness.baseUrl, conversationId, token, '1');
    const texts = group.activities.map((a) => a.text);
    for (const n of [1, 2, 3]) expect(texts.indexOf(`You said: slow ${n}`)).toBe(texts.indexOf(`slow ${n}`) + 1);
  });

  it('bot messages sent outside a turn are stored and pushed to open streams', async () => {
    const { conversationId, token, streamUrl } = await startConversation(harness.baseUrl);
    const stream = await StreamReader.open(streamUrl);
    try {
      await stream.waitFor((activities) => activities.length >= 1);
      const ids = await harness.channel.appendBotActivities(conversationId, [{ type: 'message', text: 'Your key worker left a comment' }]);
      expect(ids).toEqual([`${conversationId}|0000002`]);
      await stream.waitFor((activities) => activities.some((a) => a.text === 'Your key worker left a comment'));
      const { group } = await getActivities(harness.baseUrl, conversationId, token, '1');
      expect(group.activities[0]).toMatchObject({ id: ids[0], from: { id: BOT_ID, role: 'bot' }, conversation: { id: conversationId } });
    } finally {
      stream.close();
    }
  });

  it('answers 502 BotError when the bot fails, and the conversation carries on', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl);
    const failed = await api(harness.baseUrl, `/conversations/${conversationId}/activities`, {
      method: 'POST',
      auth: token,
      json: { type: 'message', text: 'fail' },
    });
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({ error: { code: 'BotError' } });
    const after = await api(harness.baseUrl, `/conversations/${conversationId}/activities`, {
      method: 'POST',
      auth: token,
      json: { type: 'message', text: 'still there?' },
    });
    expect(after.status).toBe(200);
  });

  it('never logs what the person typed or the raw conversation id', async () => {
    const { conversationId, token } = await startConversation(harness.baseUrl);
    await api(harness.baseUrl, `/conversations/${conversationId}/activities`, {
      method: 'POST',
      auth: token,
      json: { type: 'message', text: 'my secret dream is to fly', from: { id: 'x', name: 'Amira Khan' } },
    });
    await api(harness.baseUrl, `/conversations/${conversationId}/activities`, { method: 'POST', auth: token, json: { type: 'message', text: 'fail' } });
    const logs = harness.logLines.join('\n');
    expect(logs).toContain('bot failed to handle activity');
    expect(logs).not.toContain('secret dream');
    expect(logs).not.toContain('Amira');
    expect(logs).not.toContain(conversationId);
  });
});
