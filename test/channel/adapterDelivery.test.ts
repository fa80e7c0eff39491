import { describe, expect, it } from 'vitest';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { createAdapterDelivery } from '../../src/channel/adapterDelivery';

const APP_ID = '11111111-2222-3333-4444-555555555555';

const incoming: Partial<Activity> = {
  type: 'message',
  id: 'conv-1|0000002',
  text: 'hello',
  channelId: 'directline',
  serviceUrl: 'http://localhost:3978/',
  conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'user-1', name: '', role: 'user' },
  recipient: { id: 'bot', name: 'Outcomes Bot', role: 'bot' },
};

async function echo(context: TurnContext): Promise<void> {
  await context.sendActivity({ type: 'typing' });
  await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  await context.sendActivity({ type: 'trace', name: 'debug' });
}

describe('createAdapterDelivery', () => {
  it('runs the turn in process and returns the replies, without credentials', async () => {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const deliver = createAdapterDelivery(adapter, echo);
    const replies = await deliver(incoming);
    expect(replies.map((reply) => reply.type)).toEqual(['typing', 'message', 'trace']);
    expect(replies[1]).toMatchObject({ text: 'echo: hello', replyToId: 'conv-1|0000002', from: { id: 'bot' }, recipient: { id: 'user-1' } });
  });

  it('runs the turn under the app id when the bot has credentials, with no network call', async () => {
    const adapter = new CloudAdapter(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-password', MicrosoftAppType: 'MultiTenant' }),
    );
    let seenAppId: string | undefined;
    const deliver = createAdapterDelivery(
      adapter,
      async (context) => {
        const identity = context.turnState.get(context.adapter.BotIdentityKey) as { getClaimValue(type: string): string | null };
        seenAppId = identity.getClaimValue('aud') ?? undefined;
        await echo(context);
      },
      { appId: APP_ID },
    );
    const replies = await deliver(incoming);
    expect(seenAppId).toBe(APP_ID);
    expect(replies.find((reply) => reply.type === 'message')?.text).toBe('echo: hello');
  });

  it('passes on an error the bot does not handle', async () => {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const deliver = createAdapterDelivery(adapter, async () => {
      throw new Error('broken bot');
    });
    await expect(deliver(incoming)).rejects.toThrow(/broken bot/);
  });
});
