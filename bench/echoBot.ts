import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import restify from 'restify';
import { createAdapterDelivery, registerDirectLine } from '../src/channel';
import { createLogger } from '../src/log';
import { createStores } from '../src/storage';

/**
 * The baseline: a bare botbuilder echo bot on the same botbuilder and restify versions, behind the
 * same local Direct Line channel, so the benchmark measures what the journey adds.
 */
export async function startEchoBot(): Promise<{ url: string; close(): Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(MessageFactory.text(`You said: ${context.activity.text ?? ''}`));
    await next();
  });
  bot.onMembersAdded(async (context, next) => {
    await context.sendActivity(MessageFactory.text('Hello'));
    await next();
  });
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);
  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, logic);
  });
  const stores = await createStores({ dataDir: mkdtempSync(path.join(tmpdir(), 'echo-bench-')) });
  const channel = registerDirectLine(server, {
    store: stores.directLine,
    secrets: stores.secrets,
    deliver: createAdapterDelivery(adapter, logic),
    settings: { tokenTtlSeconds: 3600, tokenRequestsPerMinute: 100_000 },
    log: createLogger({ level: 'silent' }),
    botId: 'echo-bot',
    botName: 'Echo',
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await channel.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores.close();
    },
  };
}
