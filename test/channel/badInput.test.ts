import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, getActivities, startConversation, startHarness, type Harness } from './harness';

// src/server.ts installs restify's bodyParser for every route; the channel must answer alike with and without it.
describe.each([
  { label: 'channel alone', serverBodyParser: false },
  { label: 'behind a server-wide bodyParser', serverBodyParser: true },
])('Direct Line bad input ($label)', ({ serverBodyParser }) => {
  let harness: Harness;
  let conversation: Awaited<ReturnType<typeof startConversation>>;
  beforeAll(async () => {
    harness = await startHarness({ serverBodyParser });
    conversation = await startConversation(harness.baseUrl);
  });
  afterAll(async () => harness.close());

  const post = (init: { raw?: string; json?: unknown; contentType?: string }) =>
    api(harness.baseUrl, `/conversations/${conversation.conversationId}/activities`, { method: 'POST', auth: conversation.token, ...init });

  it('answers malformed JSON with 400 BadArgument', async () => {
    const result = await post({ raw: '{"type": "message", "text": ' });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: 'BadArgument' } });
  });

  it('answers a body over 256 KB with 413 and a JSON error', async () => {
    const result = await post({ json: { type: 'message', text: 'x'.repeat(300 * 1024) } });
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
  });

  it('answers an activity without a known type with 400, without echoing what was typed', async () => {
    const result = await post({ json: { type: 'somethingElse', text: 'private words' } });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: 'BadArgument' } });
    expect(JSON.stringify(result.body)).not.toContain('private words');
  });

  it('answers a bad tokens/generate body with 400', async () => {
    const result = await api(harness.baseUrl, '/tokens/generate', { method: 'POST', json: { user: { id: 42 } } });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: { code: 'BadArgument' } });
  });

  it('stores nothing from refused requests and keeps serving', async () => {
    const { group } = await getActivities(harness.baseUrl, conversation.conversationId, conversation.token);
    expect(group.activities).toHaveLength(1);
    const ok = await post({ json: { type: 'message', text: 'fine' } });
    expect(ok.status).toBe(200);
  });
});
