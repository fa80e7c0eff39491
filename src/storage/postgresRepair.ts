import type { Pool } from 'pg';
import { z } from 'zod';
import { storageJson } from '../security/safeText';
import type { StoreLog } from './storeLog';

/** Tables holding JSON text, with the columns that name a row. */
const JSON_TABLES = [
  { table: 'state', keys: ['key'] },
  { table: 'drafts', keys: ['id'] },
  { table: 'draft_versions', keys: ['draft_id', 'version'] },
  { table: 'directline_activities', keys: ['conversation_id', 'seq'] },
] as const;

/** `\u` written as a LIKE pattern: only JSON with an escape can hold `\u0000` or a lone surrogate. */
const HAS_ESCAPE = '%\\\\u%';

const row = z.looseObject({ json: z.string() });

/**
 * Rows written before text was cleaned (or by hand) that PostgreSQL cannot read as jsonb are
 * rewritten with their NUL characters removed and lone surrogates replaced, as new rows are.
 * Runs at start; finds nothing (one indexed-free scan of rows holding an escape) once repaired.
 */
export async function repairUnreadableJson(pool: Pool, log: StoreLog): Promise<number> {
  let repaired = 0;
  for (const { table, keys } of JSON_TABLES) {
    const { rows } = await pool.query(`SELECT ${keys.join(', ')}, json FROM ${table} WHERE json LIKE $1 AND outcomes_jsonb(json) IS NULL`, [HAS_ESCAPE]);
    for (const found of rows) {
      const parsed = row.parse(found);
      let json: string;
      try {
        json = storageJson(JSON.parse(parsed.json));
      } catch {
        continue;
      }
      const where = keys.map((key, index) => `${key} = $${index + 2}`).join(' AND ');
      await pool.query(`UPDATE ${table} SET json = $1 WHERE ${where}`, [json, ...keys.map((key) => (found as Record<string, unknown>)[key])]);
      repaired += 1;
    }
  }
  if (repaired > 0) log.warn({ engine: 'postgres', rows: repaired }, 'stored JSON with characters PostgreSQL cannot read was repaired');
  return repaired;
}
