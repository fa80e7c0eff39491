import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createStores } from '../../src/storage';
import { postgresUnavailableReason, postgresUrl, redactedUrl, withPostgresClient } from './postgresAvailability';
import { describeStores, type StoreTarget } from './storeSuite';

const unavailable = postgresUnavailableReason();
if (unavailable !== undefined) {
  const message = `PostgreSQL storage tests cannot reach ${redactedUrl(postgresUrl)}: ${unavailable}`;
  // In CI a missing database is a broken pipeline, not a reason to pass.
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING ${message}\n!!! Set TEST_DATABASE_URL to run them.\n`);
}

const withClient = withPostgresClient;

/** Each target is its own schema, so test files and runs never see each other's rows. */
async function postgresTarget(): Promise<StoreTarget & { schema: string }> {
  const schema = `outcomes_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    schema,
    open: () => createStores({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema: schema }),
    appliedMigrations: () =>
      withClient(async (client) => {
        const { rows } = await client.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
        return rows.map((row) => row.version);
      }),
    versionRows: (draftId) =>
      withClient(async (client) => {
        const { rows } = await client.query<{ json: string }>(
          `SELECT json FROM "${schema}".draft_versions WHERE draft_id = $1 ORDER BY version`,
          [draftId],
        );
        return rows.map((row) => row.json);
      }),
    writeDraftJson: (draftId, json) =>
      withClient(async (client) => void (await client.query(`INSERT INTO "${schema}".drafts (id, version, json, updated_at) VALUES ($1, 1, $2, now())`, [draftId, json]))),
    destroy: () => withClient(async (client) => void (await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))),
  };
}

describe.skipIf(unavailable !== undefined)('PostgreSQL', () => {
  describeStores('PostgreSQL', postgresTarget);

  it('keeps its tables in the schema it was given', async () => {
    const target = await postgresTarget();
    const stores = await target.open();
    try {
      expect(stores.engine).toBe('postgres');
      await stores.state.write({ 'schema-check': { v: 1 } });
      const keys = await withClient(async (client) => {
        const { rows } = await client.query<{ key: string }>(`SELECT key FROM "${target.schema}".state`);
        return rows.map((row) => row.key);
      });
      expect(keys).toEqual(['schema-check']);
    } finally {
      await stores.close();
      await target.destroy();
    }
  });

  it('refuses a schema name that could not be used safely', async () => {
    await expect(createStores({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema: 'x"; DROP TABLE y; --' })).rejects.toThrow();
  });
});

describe('PostgreSQL unreachable', () => {
  it('fails to start with an error instead of waiting', async () => {
    await expect(createStores({ dataDir: 'unused', databaseUrl: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow();
  });
});
