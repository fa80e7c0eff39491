import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, postBotFramework, repliesOf, stepOf } from '../support/appClients';

let running: RunningApp;

beforeAll(async () => {
  running = await runApp({ LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '5', MESSAGES_PER_MINUTE_PER_ADDRESS: '1000', TOKEN_REQUESTS_PER_MINUTE: '1000' });
});

afterAll(async () => {
  await running?.stop();
});

const errorCodeOf = (body: unknown) => (body as { error?: { code?: string } } | undefined)?.error?.code;

describe('rate limits on /api/messages', () => {
  it('answer 429 with Retry-After once one conversation sends too many, and leave other conversations alone', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof postBotFramework>> | undefined;
    for (let i = 0; i < 7; i += 1) {
      const reply = await postBotFramework(running.url, { type: 'message', text: 'hello', conversation: { id: 'busy-conversation' } });
      statuses.push(reply.status);
      if (reply.status === 429) refused ??= reply;
    }
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(errorCodeOf(refused?.body)).toBe('TooManyRequests');

    const other = await postBotFramework(running.url, {
      type: 'conversationUpdate',
      conversation: { id: 'quiet-conversation' },
      membersAdded: [{ id: 'person-1' }],
    });
    expect(other.status).toBe(200);
    expect(repliesOf(other).map(stepOf).filter(Boolean)).toEqual(['welcome.readingMode']);
  });
});

describe('rate limits on the web chat channel', () => {
  it('answer 429 with Retry-After once one conversation posts too many activities', async () => {
    const client = await DirectLineClient.start(running.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await client.say('hello')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await client.say('hello');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(errorCodeOf(refused.body)).toBe('TooManyRequests');
  });

  it('limit one address opening many conversations', async () => {
    const strict = await runApp({ LOG_LEVEL: 'silent', MESSAGES_PER_MINUTE: '100', MESSAGES_PER_MINUTE_PER_ADDRESS: '6', TOKEN_REQUESTS_PER_MINUTE: '1000' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const client = await DirectLineClient.start(strict.url);
        for (let j = 0; j < 2; j += 1) statuses.push((await client.say('hi')).status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    } finally {
      await strict.stop();
    }
  });
});
