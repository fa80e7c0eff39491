import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { openPostgres } from '../storage/postgresDatabase';
import { cleanParams } from '../security/safeText';
import { openSqlite } from '../storage/sqliteDatabase';
import { silentLog, type StoreLog } from '../storage/storeLog';

export type Row = Record<string, unknown>;

/**
 * The few things the review store asks of a database, the same on both engines. Queries are
 * written with PostgreSQL's numbered parameters, each used once and in order, so SQLite can take
 * them as plain `?` placeholders.
 */
export interface SqlRunner {
  engine: 'sqlite' | 'postgres';
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Returns how many rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function sqliteRunner(db: Database.Database): SqlRunner {
  const prepare = (sql: string) => db.prepare(sql.replace(/\$\d+/g, '?'));
  return {
    engine: 'sqlite',
    async all(sql, params = []) {
      return prepare(sql).all(...cleanParams(params)) as Row[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...cleanParams(params)).changes;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

export function postgresRunner(pool: Pool): SqlRunner {
  return {
    engine: 'postgres',
    async all(sql, params = []) {
      return (await pool.query(sql, cleanParams(params))).rows as Row[];
    },
    async run(sql, params = []) {
      return (await pool.query(sql, cleanParams(params))).rowCount ?? 0;
    },
    async close() {
      await pool.end();
    },
  };
}

export interface DatabaseOptions {
  /** Folder of the embedded SQLite file (the same file the bot uses). */
  dataDir: string;
  /** When set, PostgreSQL is used instead of SQLite, as for the rest of the storage. */
  databaseUrl?: string;
  pgSchema?: string;
  log?: StoreLog;
}

/** Opens its own connection to the bot's database; migrations (including the review tables) run first. */
export async function openSqlRunner(options: DatabaseOptions): Promise<SqlRunner> {
  const log = options.log ?? silentLog;
  if (options.databaseUrl) {
    return postgresRunner(await openPostgres({ databaseUrl: options.databaseUrl, schema: options.pgSchema, log }));
  }
  return sqliteRunner(openSqlite(options.dataDir, log));
}
