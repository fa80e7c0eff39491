import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_CAPS } from '../../src/security/activityCaps';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, postBotFramework } from '../support/appClients';

/*
 * Finding 6: an event's `value` (and channelData, attachments, text) was stored without a cap:
 * one conversation could fill the database with what it posted.
 */

let running: RunningApp;

beforeAll(async () => {
  running = await runApp({ LOG_LEVEL: 'silent', ALLOW_UNAUTHENTICATED_MESSAGES: 'true', MESSAGES_PER_MINUTE: '1000', TOKEN_REQUESTS_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await running?.stop();
});

const errorOf = (body: unknown) => (body as { error?: { code?: string; message?: string } } | undefined)?.error;

describe('caps on what one message may store', { timeout: 180_000 }, () => {
  const tooBig = [
    { label: 'an event value', activity: { type: 'event', name: 'anything', value: { blob: 'v'.repeat(ACTIVITY_CAPS.valueBytes) } }, field: 'value' },
    { label: 'typed text', activity: { type: 'message', text: 't'.repeat(ACTIVITY_CAPS.textChars + 1) }, field: 'text' },
    { label: 'channelData', activity: { type: 'message', text: 'hi', channelData: { note: 'c'.repeat(ACTIVITY_CAPS.channelDataBytes) } }, field: 'channelData' },
    {
      label: 'attachments',
      activity: { type: 'message', text: 'hi', attachments: Array.from({ length: ACTIVITY_CAPS.attachments + 1 }, () => ({ contentType: 'text/plain', content: 'a' })) },
      field: 'attachments',
    },
  ];

  it.each(tooBig)('web chat: $label over its cap is answered 413 and nothing of it is stored', async ({ activity, field }) => {
    const client = await DirectLineClient.start(running.url);
    await client.nextQuestion();
    const before = await running.app.stores.directLine.activityCount(client.conversationId);
    const reply = await client.post({ from: { id: 'person-dl' }, ...activity });
    expect(reply.status).toBe(413);
    expect(errorOf(reply.body)?.message).toContain(field);
    expect(await running.app.stores.directLine.activityCount(client.conversationId)).toBe(before);
    // Within the caps, the same conversation carries on.
    expect((await client.say('Standard words')).status).toBe(200);
  });

  it.each(tooBig)('/api/messages: $label over its cap is answered 413', async ({ activity, field }) => {
    const reply = await postBotFramework(running.url, { conversation: { id: `caps-${field}` }, ...activity });
    expect(reply.status).toBe(413);
    expect(errorOf(reply.body)?.message).toContain(field);
  });

  it('lets a value within its cap through', async () => {
    const client = await DirectLineClient.start(running.url);
    await client.nextQuestion();
    const reply = await client.post({ type: 'event', name: 'webchat/join', from: { id: 'person-dl' }, value: { language: 'en-GB' } });
    expect(reply.status).toBe(200);
  });
});
