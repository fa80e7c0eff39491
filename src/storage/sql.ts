import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { cleanParams } from '../security/safeText';

export type Row = Record<string, unknown>;

/**
 * The one way the stores written once for both engines (key workers, invitations, chat and Teams
 * links, safeguarding concerns) reach the database: the bot's own SQLite connection or PostgreSQL
 * pool, never a second one. Queries are written with PostgreSQL's numbered parameters, each used
 * once and in order, so SQLite can take them as plain `?` placeholders.
 */
export interface SqlRunner {
  engine: 'sqlite' | 'postgres';
  all(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Returns how many rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** A boolean column's value: SQLite keeps 0 and 1. */
  bool(value: boolean): boolean | number;
}

/** More than the stores' different queries: their SQL is written in the code, never built from what people send. */
const STATEMENTS_KEPT = 256;

export function sqliteRunner(db: Database.Database): SqlRunner {
  // A query is compiled once and kept: some run on every turn (is there a safeguarding lead?), and
  // compiling cost more than running them.
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = prepared.get(sql);
    if (statement === undefined) {
      if (prepared.size >= STATEMENTS_KEPT) prepared.clear();
      statement = db.prepare(sql.replace(/\$\d+/g, '?'));
      prepared.set(sql, statement);
    }
    return statement;
  };
  return {
    engine: 'sqlite',
    async all(sql, params = []) {
      return prepare(sql).all(...cleanParams(params)) as Row[];
    },
    async run(sql, params = []) {
      return prepare(sql).run(...cleanParams(params)).changes;
    },
    bool: (value) => Number(value),
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
    bool: (value) => value,
  };
}
