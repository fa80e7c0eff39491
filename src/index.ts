import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ResumeCodes } from '../dialogs/resumeCodes';
import type { SessionServices } from '../dialogs/session';
import { createBot } from '../bots/createBot';
import { ConfigError, loadConfig, type Config } from './config';
import { createWords } from './i18n';
import { createLogger } from './log';
import { createServer } from './server';
import { createStores } from './storage';
import { createAdapterDelivery, registerDirectLine } from './channel';

/** The one place that wires the parts together. */
async function main(): Promise<void> {
  // A local .env file is optional; real deployments set the environment directly.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger({ level: config.logLevel });
  const stores = await createStores({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const words = createWords({ onMissing: (key) => log.error({ key }, 'content key missing') });
  const pepper = await stores.secrets.getOrCreate('resume-code-pepper', () => randomBytes(32).toString('hex'));
  const services: SessionServices = {
    storage: stores.state,
    drafts: stores.drafts,
    words,
    now: () => new Date(),
    resumeCodes: new ResumeCodes(stores.state, pepper),
    forgetConversation: (id) => stores.directLine.deleteConversation(id),
  };
  const built = createBot({ config, services, log });
  let channel: { close(): Promise<void> } | undefined;
  const server = createServer({
    log,
    adapter: built.adapter,
    logic: built.logic,
    authenticated: Boolean(config.microsoftApp),
    ready: () => stores.ping(),
    mount: (app) => {
      channel = registerDirectLine(app, {
        store: stores.directLine,
        secrets: stores.secrets,
        deliver: createAdapterDelivery(built.adapter, built.logic, { appId: built.appId }),
        settings: config.directLine,
        publicUrl: config.publicUrl,
        log,
        botId: built.appId ?? 'outcomes-bot',
        botName: words.forMode('standard')('common:botName'),
      });
    },
  });

  server.listen(config.port, config.host, () => {
    log.info({ url: config.publicUrl ?? `http://localhost:${config.port}/`, engine: stores.engine }, 'Outcomes Bot is listening');
  });

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close();
    await channel?.close();
    await stores.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
