import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JOURNEY } from '../../bench/script';
import { journeyTurn } from '../support/appClients';
import { startAppProcess, type RunningApp } from '../support/appProcess';
import { postgresUnavailableReason, postgresUrl, redactedUrl, withPostgresClient } from '../storage/postgresAvailability';

const unavailable = postgresUnavailableReason();
if (unavailable !== undefined) {
  const message = `Two-instance tests cannot reach PostgreSQL at ${redactedUrl(postgresUrl)}: ${unavailable}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING ${message}\n!!! Set TEST_DATABASE_URL to run them.\n`);
}

const PEOPLE = 10;

describe.skipIf(unavailable !== undefined)('two instances on one PostgreSQL, many people at once', () => {
  const schema = `two_instances_${process.pid}_${randomBytes(4).toString('hex')}`;
  const apps: RunningApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await withPostgresClient(async (client) => void (await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)));
  });

  it('each person, answered by one instance and then the other turn by turn, walks the whole journey with no answer lost or doubled', async () => {
    await withPostgresClient(async (client) => void (await client.query(`CREATE SCHEMA "${schema}"`)));
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString(), MESSAGES_PER_MINUTE: '100000', MESSAGES_PER_MINUTE_PER_ADDRESS: '1000000' };
    // One after the other, so the migrations are not the subject of this test.
    apps.push(await startAppProcess({ dataDir: mkdtempSync(path.join(tmpdir(), 'outcomes-two-a-')), env }));
    apps.push(await startAppProcess({ dataDir: mkdtempSync(path.join(tmpdir(), 'outcomes-two-b-')), env }));
    await Promise.all(
      Array.from({ length: PEOPLE }, async (_, person) => {
        const conversationId = `two-${randomUUID()}`;
        for (const [index, step] of JOURNEY.entries()) {
          const app = apps[(index + person) % 2]!;
          expect(await journeyTurn(app.url, conversationId, step.say), `person ${person}, turn ${index}`).toBe(step.expect);
        }
      }),
    );
  }, 240_000);
});
