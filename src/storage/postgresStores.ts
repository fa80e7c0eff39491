import type { StoreItems } from 'botbuilder';
import type { Pool, PoolClient } from 'pg';
import { cleanText } from '../security/safeText';
import { ConflictError, UnknownConversationError } from './errors';
import { inTransaction, openPostgres } from './postgresDatabase';
import { documentAtVersion, undoPatchJson, VERSION_FORMAT, versionBodyRow } from './draftHistory';
import { activityChannel, postgresNotices } from './postgresNotices';
import { repairUnreadableJson } from './postgresRepair';
import * as rowShapes from './rows';
import type { StoreLog } from './storeLog';
import { postgresRunner } from './sql';
import type { DirectLineStore, DraftRowStore, EngineStores, PreparedDraftSave, SavedDraft, StateStorage } from './types';

/**
 * Storage shared by every server instance. Each check and the write that depends on it is one
 * statement or one transaction holding a row lock, so two instances can never both win.
 */
export async function createPostgresStores(options: { databaseUrl: string; schema?: string; log: StoreLog }): Promise<EngineStores> {
  const pool = await openPostgres(options);
  await repairUnreadableJson(pool, options.log);
  const notices = postgresNotices({ databaseUrl: options.databaseUrl, schema: options.schema, log: options.log });
  let closed = false;
  return {
    engine: 'postgres',
    state: postgresState(pool),
    async writeTurn(writes) {
      const saves = writes.drafts;
      const stateWrites = rowShapes.stateWrites(writes.state);
      if (saves.length === 0 && stateWrites.length === 0) return { drafts: [], eTags: {} };
      // A turn's answers and state in one transaction: one commit instead of one per store.
      const saved = await inTransaction(pool, async (client) => {
        const drafts = [];
        for (const save of saves) drafts.push(await saveDraftIn(client, save));
        await writeStateIn(client, stateWrites);
        return drafts;
      });
      return { drafts: saved, eTags: rowShapes.writtenETags(stateWrites) };
    },
    directLine: postgresDirectLine(pool, notices, activityChannel(options.schema)),
    drafts: postgresDrafts(pool),
    sql: postgresRunner(pool),
    postgresPool: pool,
    purgeDeleted: vacuumer(pool, options.log, () => closed),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await notices.close();
      await pool.end();
    },
  };
}

function postgresState(pool: Pool): StateStorage {
  return {
    async eTagOf(key) {
      const { rows } = await pool.query('SELECT etag FROM state WHERE key = $1', [key]);
      return rowShapes.eTagValue.parse((rows[0] as { etag?: unknown } | undefined)?.etag);
    },
    async read(keys) {
      if (!keys) throw new ReferenceError('Keys are required when reading.');
      if (keys.length === 0) return {};
      const { rows } = await pool.query('SELECT key, json, etag FROM state WHERE key = ANY($1)', [keys]);
      const items: StoreItems = {};
      for (const row of rows) {
        const parsed = rowShapes.stateRow.parse(row);
        items[parsed.key] = rowShapes.stateItem(parsed);
      }
      return items;
    },
    async write(changes) {
      const writes = rowShapes.stateWrites(changes);
      if (writes.length === 0) return;
      await inTransaction(pool, (client) => writeStateIn(client, writes));
    },
    async delete(keys) {
      if (keys.length > 0) await pool.query('DELETE FROM state WHERE key = ANY($1)', [keys]);
    },
  };
}

/** State rows written in a transaction the caller holds. */
async function writeStateIn(client: PoolClient, writes: rowShapes.StateWrite[]): Promise<void> {
  const now = new Date();
  for (const write of writes) {
    // ON CONFLICT locks the existing row and checks the eTag on its latest version; as
    // MemoryStorage, an item that does not exist yet is written whatever the eTag.
    const { rowCount } = await client.query(
      `INSERT INTO state (key, json, etag, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
       WHERE $5::text IS NULL OR state.etag = $5`,
      [write.key, write.json, write.eTag, now, write.expectedETag ?? null],
    );
    if (rowCount === 0) throw new ConflictError(rowShapes.staleETagMessage(write.key));
  }
}

/** A new draft version written in a transaction the caller holds; a ConflictError when someone else saved first. */
async function saveDraftIn(client: PoolClient, save: PreparedDraftSave): Promise<SavedDraft> {
  const { id, json, stored, expectedVersion, change } = save;
  const at = new Date();
  // Either statement matches nothing when someone else saved first; the row lock makes the loser wait and see it.
  // The update hands back the document it replaced, for the new version's undo patch.
  const saved =
    expectedVersion === 0
      ? await client.query(
          'INSERT INTO drafts (id, version, json, updated_at) VALUES ($1, 1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING version',
          [id, json, at],
        )
      : await client.query(
          `UPDATE drafts SET version = drafts.version + 1, json = $2, updated_at = $3
           FROM (SELECT id, json FROM drafts WHERE id = $1 AND version = $4 FOR UPDATE) previous
           WHERE drafts.id = previous.id AND drafts.version = $4 RETURNING drafts.version, previous.json AS previous`,
          [id, json, at, expectedVersion],
        );
  if (saved.rows[0] === undefined) throw new ConflictError(rowShapes.draftConflictMessage(id, expectedVersion));
  const { version, previous } = rowShapes.savedDraftRow.parse(saved.rows[0]);
  await client.query(
    'INSERT INTO draft_versions (draft_id, version, author, summary, at, json, format) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [id, version, change.author, change.summary, at, undoPatchJson(stored, previous), VERSION_FORMAT.undo],
  );
  return { id, version, updatedAt: at.toISOString() };
}

function postgresDirectLine(pool: Pool, notices: ReturnType<typeof postgresNotices>, channel: string): DirectLineStore {
  return {
    async createConversation(conversation) {
      await pool.query(
        'INSERT INTO directline_conversations (id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
        [conversation.id, conversation.userId === undefined ? null : cleanText(conversation.userId), conversation.createdAt],
      );
    },
    async getConversation(id) {
      const { rows } = await pool.query('SELECT id, user_id, created_at FROM directline_conversations WHERE id = $1', [id]);
      return rows[0] === undefined ? undefined : rowShapes.conversationRow.parse(rows[0]);
    },
    async appendActivities(conversationId, activities) {
      if (activities.length === 0) return [];
      const seqs = await inTransaction(pool, async (client) => {
        // The counter update holds the conversation's row lock until commit: appends queue here.
        // Its NOTIFY reaches every instance's streams when, and only if, the append commits.
        const bumped = await client.query(
          `UPDATE directline_conversations SET last_seq = last_seq + $2 WHERE id = $1
           RETURNING last_seq, pg_notify($3, id || ' ' || last_seq)`,
          [conversationId, activities.length, channel],
        );
        if (bumped.rows[0] === undefined) throw new UnknownConversationError(`Direct Line conversation ${conversationId} does not exist`);
        const first = rowShapes.seqRow.parse(bumped.rows[0]).last_seq - activities.length + 1;
        const seqs = activities.map((_, index) => first + index);
        await client.query(
          'INSERT INTO directline_activities (conversation_id, seq, json) SELECT $1, seq, json FROM unnest($2::int[], $3::text[]) AS a (seq, json)',
          [conversationId, seqs, activities.map(rowShapes.activityJson)],
        );
        return seqs;
      });
      notices.publish(conversationId, seqs.at(-1)!);
      return seqs;
    },
    watch: (conversationId, listener) => notices.watch(conversationId, listener),
    async activityCount(id) {
      const { rows } = await pool.query('SELECT last_seq FROM directline_conversations WHERE id = $1', [id]);
      return rows[0] === undefined ? 0 : rowShapes.seqRow.parse(rows[0]).last_seq;
    },
    async listActivities(conversationId, afterSeq, limit = 1000) {
      const { rows } = await pool.query(
        'SELECT seq, json FROM directline_activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [conversationId, afterSeq, limit],
      );
      return rows.map((row) => rowShapes.activityRow.parse(row));
    },
    async idleConversations(before) {
      const { rows } = await pool.query(
        `SELECT c.id AS id FROM directline_conversations c LEFT JOIN directline_activities a ON a.conversation_id = c.id
         GROUP BY c.id, c.created_at HAVING COALESCE(MAX(outcomes_timestamptz(outcomes_jsonb(a.json) ->> 'timestamp')), c.created_at) < $1`,
        [before.toISOString()],
      );
      return rows.map((row) => rowShapes.idRow.parse(row).id);
    },
    async clearActivities(id) {
      await pool.query('DELETE FROM directline_activities WHERE conversation_id = $1', [id]);
    },
    async deleteConversation(id) {
      // The conversation row goes first: that waits for any append in flight, and later appends find nothing to add to.
      await inTransaction(pool, async (client) => {
        await client.query('DELETE FROM directline_conversations WHERE id = $1', [id]);
        await client.query('DELETE FROM directline_activities WHERE conversation_id = $1', [id]);
      });
    },
  };
}

function postgresDrafts(pool: Pool): DraftRowStore {
  return {
    async get(id) {
      const { rows } = await pool.query('SELECT id, version, json, updated_at FROM drafts WHERE id = $1', [id]);
      return rows[0] === undefined ? undefined : rowShapes.draftTextRow.parse(rows[0]);
    },
    async save(id, document, expectedVersion, change) {
      const json = rowShapes.documentJson(document);
      return inTransaction(pool, (client) => saveDraftIn(client, { id, document, json, stored: JSON.parse(json) as unknown, expectedVersion, change }));
    },
    async versions(id) {
      const { rows } = await pool.query('SELECT version, author, summary, at FROM draft_versions WHERE draft_id = $1 ORDER BY version', [id]);
      return rows.map((row) => rowShapes.draftVersionRow.parse(row));
    },
    async documentAt(id, version) {
      const latest = await pool.query('SELECT id, version, json, updated_at FROM drafts WHERE id = $1', [id]);
      if (latest.rows[0] === undefined) return undefined;
      const { rows } = await pool.query('SELECT version, format, json FROM draft_versions WHERE draft_id = $1 AND version >= $2', [id, version]);
      return documentAtVersion(rowShapes.draftRow.parse(latest.rows[0]).document, rows.map((row) => versionBodyRow.parse(row)), version);
    },
    async delete(id) {
      // The draft row goes first: that waits for a save in flight, and later saves find no version to build on.
      await inTransaction(pool, async (client) => {
        await client.query('DELETE FROM drafts WHERE id = $1', [id]);
        await client.query('DELETE FROM draft_versions WHERE draft_id = $1', [id]);
      });
    },
    async idleSince(before) {
      const { rows } = await pool.query('SELECT id FROM drafts WHERE updated_at < $1 ORDER BY updated_at', [before]);
      return rows.map((row) => rowShapes.idRow.parse(row).id);
    },
  };
}

/** Tables that hold what people typed. */
const WORD_TABLES = ['drafts', 'draft_versions', 'state', 'directline_activities'];

/**
 * VACUUM after deletions, in the background (it cannot run in a transaction and may take a
 * moment), one at a time: requests while one runs are folded into one more run.
 */
function vacuumer(pool: Pool, log: StoreLog, isClosed: () => boolean): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      if (isClosed()) return;
      await pool.query(`VACUUM ${WORD_TABLES.join(', ')}`).catch((error: Error & { code?: string }) => {
        if (!isClosed()) log.warn({ engine: 'postgres', code: error.code }, 'vacuum after deletion failed');
      });
    } while (again);
  };
  return async () => {
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => (running = undefined));
  };
}
