import { createPostgresStores } from './postgresStores';
import { createSqliteStores } from './sqliteStores';
import { silentLog, type StoreLog } from './storeLog';
import type { Stores } from './types';

export type { DirectLineStore, DraftStore, DraftVersion, SecretStore, StoredActivity, StoredConversation, StoredDraft, Stores } from './types';
export { ConflictError, UnknownConversationError } from './errors';

export interface StoreOptions {
  /** Folder for the embedded SQLite file (created if missing). */
  dataDir: string;
  /** A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema to keep every table in (created if missing); tests use one each. */
  pgSchema?: string;
  log?: StoreLog;
}

/** SQLite under dataDir by default; PostgreSQL when a database URL is given. Migrations run before this resolves. */
export async function createStores(options: StoreOptions): Promise<Stores> {
  const log = options.log ?? silentLog;
  if (options.databaseUrl) {
    return createPostgresStores({ databaseUrl: options.databaseUrl, schema: options.pgSchema, log });
  }
  return createSqliteStores(options.dataDir, log);
}
