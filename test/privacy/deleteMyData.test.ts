import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runApp, type RunningApp } from '../support/inProcessApp';
import { DirectLineClient, stepOf } from '../support/appClients';

let running: RunningApp;

beforeAll(async () => {
  running = await runApp({ LOG_LEVEL: 'error' });
});

afterAll(async () => {
  await running?.stop();
});

async function throughConsent(client: DirectLineClient): Promise<void> {
  await client.nextQuestion();
  await client.say('Standard words');
  await client.nextQuestion();
  await client.say("Yes, that's OK");
  await client.nextQuestion();
}

describe('"delete my data" in the web chat', () => {
  /** The transcript is cleared, not the conversation, so the reply saying so still arrives. */
  it('confirms the deletion to the young person and leaves no words behind', async () => {
    const client = await DirectLineClient.start(running.url);
    await throughConsent(client);
    await client.say('delete my data');
    expect((await client.nextQuestion()).map(stepOf).filter(Boolean).length).toBe(1);
    const confirmed = await client.say('yes');
    expect(confirmed.status).toBe(200);
    const after = await client.nextQuestion();
    expect(after.some((a) => /delet/i.test(a.text ?? ''))).toBe(true);
    expect(running.logLines.join('')).not.toContain(client.conversationId);
  });
});

describe('saying no to keeping answers', () => {
  it('leaves nothing of the chat so far in the transcript', async () => {
    const client = await DirectLineClient.start(running.url);
    await client.nextQuestion();
    await client.say('Standard words');
    await client.nextQuestion();
    await client.say('No');
    await client.nextQuestion();
    const response = await fetch(`${running.url}/v3/directline/conversations/${client.conversationId}/activities`, {
      headers: { Authorization: `Bearer ${client.token}` },
    });
    const { activities } = (await response.json()) as { activities: { text?: string; from?: { role?: string } }[] };
    // Only what the bot said after the "no" is left: no earlier question, and nothing the person typed.
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.some((a) => a.text === 'Standard words')).toBe(false);
    expect(activities.every((a) => a.from?.role === 'bot')).toBe(true);
  });
});
