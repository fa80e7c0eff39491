import { spawnSync } from 'node:child_process';
import { Client } from 'pg';

export const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Whether PostgreSQL answers, decided before the tests are collected (a skipped suite must be known
 * up front). Connecting from a child process keeps this synchronous.
 */
export function postgresUnavailableReason(url: string = postgresUrl): string | undefined {
  const probe = `
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    client.connect().then(() => client.end()).then(
      () => process.exit(0),
      (error) => { process.stderr.write(String(error && error.message)); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', probe, url], { encoding: 'utf8', timeout: 10_000 });
  if (result.status === 0) return undefined;
  return result.stderr.trim() || result.error?.message || `probe ended with status ${String(result.status)}`;
}

/** The URL without its password, fit for a warning. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

/** One plain connection for a test's own queries (setting up, inspecting, dropping a schema). */
export async function withPostgresClient<T>(work: (client: Client) => Promise<T>, url: string = postgresUrl): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
