import { existsSync } from 'node:fs';
import { startApp } from '../src/app';
import { ConfigError, loadConfig, type Config } from '../src/config';
import { createLogger } from '../src/log';
import { createBot } from './createBot';

/**
 * `npm start`: read the settings once, start the app with the Bot Framework edge, stop cleanly on a
 * signal. The one place that wires every layer together.
 */
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
  const app = await startApp({ config, log, buildEdge: createBot });
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // One line, no stack of personal data: the cause is usually storage that cannot be reached.
  process.stderr.write(`Outcomes Bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
