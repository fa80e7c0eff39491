import { secretRow } from './rows';
import type { SqlRunner } from './sql';
import type { SecretStore } from './types';

/** Secrets on either engine: read, else insert; instances racing here all read the first value stored. */
export function secretStore(db: SqlRunner): SecretStore {
  const read = async (name: string) => {
    const rows = await db.all('SELECT value FROM secrets WHERE name = $1', [name]);
    return rows[0] === undefined ? undefined : secretRow.parse(rows[0]).value;
  };
  return {
    async getOrCreate(name, create) {
      const existing = await read(name);
      if (existing !== undefined) return existing;
      await db.run('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, create()]);
      return secretRow.parse({ value: await read(name) }).value;
    },
  };
}
