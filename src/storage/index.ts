import { createSqliteStores } from './sqliteStores';
import type { Stores } from './types';

export type { Stores } from './types';
export { ConflictError } from './errors';

export interface StoreOptions {
  dataDir: string;
  databaseUrl?: string;
  pgSchema?: string;
  log?: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
}

/** SQLite under dataDir by default; PostgreSQL when a database URL is given. */
export async function createStores(options: StoreOptions): Promise<Stores> {
  if (options.databaseUrl) throw new Error('PostgreSQL storage is not available in this build');
  return createSqliteStores(options.dataDir);
}
