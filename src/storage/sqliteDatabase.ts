import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { migrations } from './migrations';
import type { StoreLog } from './storeLog';

export const sqliteFileName = 'outcomes.sqlite';
/** Page cache per connection, in KiB (SQLite takes a negative cache_size as KiB). */
export const PAGE_CACHE_KIB = 65_536;
/** How much of the database file is read through memory mapping. */
export const MAPPED_BYTES = 256 * 1024 * 1024;

/**
 * Opens (creating if needed) the database file under `dataDir` and brings its schema up to date.
 * WAL lets readers carry on while one writer writes; the busy timeout makes a second process on
 * the same file wait its turn instead of failing.
 */
export function openSqlite(dataDir: string, log: StoreLog): Database.Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, sqliteFileName);
  // Only the server's own user may read the children's words: the file is made 0600 before
  // SQLite opens it, and SQLite gives its -wal and -shm files the same mode.
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(name)) chmodSync(name, 0o600);
    } catch {
      log.warn({ engine: 'sqlite' }, 'could not make a database file readable by this user only');
    }
  }
  const db = new Database(file);
  try {
    // Deleted rows are overwritten with zeros, so "delete my data" leaves nothing to recover.
    db.pragma('secure_delete = ON');
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // A turn walks the same few tables and indexes; with many stored conversations their upper
    // pages outgrow SQLite's 2 MB default cache and each look-up reads them again from the file,
    // so a turn cost more the more conversations were kept. The cache is filled only as pages are
    // used, and the file is mapped rather than read page by page.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    db.pragma(`mmap_size = ${MAPPED_BYTES}`);
    migrateSqlite(db, log);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const appliedRow = z.object({ version: z.number().int() });

function migrateSqlite(db: Database.Database, log: StoreLog): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  // One read first: a database that is up to date (every start but the first) takes no write lock.
  const recorded = new Set(z.array(z.number().int()).parse(db.prepare('SELECT version FROM schema_migrations').pluck().all()));
  const isApplied = db.prepare('SELECT version FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  for (const migration of migrations.filter((m) => !recorded.has(m.version))) {
    // IMMEDIATE takes the write lock before the check, so two processes starting together cannot both apply it.
    const applied = db
      .transaction(() => {
        if (appliedRow.optional().parse(isApplied.get(migration.version))) return false;
        db.exec(migration.sqlite);
        record.run(migration.version, new Date().toISOString());
        return true;
      })
      .immediate();
    if (applied) log.info({ engine: 'sqlite', version: migration.version }, 'storage migration applied');
  }
}
