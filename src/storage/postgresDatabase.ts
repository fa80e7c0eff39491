import { Pool, type PoolClient } from 'pg';
import { z } from 'zod';
import { migrations } from './migrations';
import type { StoreLog } from './storeLog';

const schemaName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'A PostgreSQL schema name is letters, digits and underscores, at most 63');

/**
 * A pool whose every connection works in `schema` (when given), with the schema created and
 * migrated before it is handed out.
 */
export async function openPostgres(options: { databaseUrl: string; schema?: string; log: StoreLog }): Promise<Pool> {
  const schema = options.schema === undefined ? undefined : schemaName.parse(options.schema);
  // The search path is a startup option, so it holds on every pooled connection from its first query.
  const pool = new Pool({
    connectionString: options.databaseUrl,
    // Without a limit a readiness probe would hang for as long as the database is unreachable.
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection dropped by the server must not take the process down; the next query reconnects.
  pool.on('error', (error: Error & { code?: string }) => options.log.warn({ engine: 'postgres', code: error.code }, 'idle database connection lost'));
  try {
    await migratePostgres(pool, schema, options.log);
    return pool;
  } catch (error) {
    await pool.end();
    throw error;
  }
}

/** Runs `work` in one transaction on one connection; rolls back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A connection that could not roll back is in an unknown state: the pool drops it.
    client.release(broken);
  }
}

const appliedRow = z.object({ version: z.number().int() });

/**
 * Instances starting together queue on an advisory lock, so each migration runs exactly once;
 * each runs in its own transaction with its `schema_migrations` row.
 */
async function migratePostgres(pool: Pool, schema: string | undefined, log: StoreLog): Promise<void> {
  const client = await pool.connect();
  const lock = `outcomes-bot:migrations:${schema ?? ''}`;
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    try {
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        // An `options` parameter in the database URL would replace ours: better to stop than to write elsewhere.
        const { rows } = await client.query('SELECT current_schema() AS name');
        if (z.object({ name: z.string().nullable() }).parse(rows[0]).name !== schema) {
          throw new Error(`PostgreSQL connections do not use schema ${schema}; remove any search_path option from the database URL`);
        }
      }
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
      const { rows } = await client.query('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => appliedRow.parse(row).version));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.postgres);
          await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [migration.version]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        log.info({ engine: 'postgres', version: migration.version }, 'storage migration applied');
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch((error: Error) => {
        broken = error;
      });
    }
  } finally {
    client.release(broken);
  }
}
