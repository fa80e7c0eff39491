import path from 'node:path';
import type Database from 'better-sqlite3';
import type { StoreItems } from 'botbuilder';
import { cleanText } from '../security/safeText';
import { ConflictError, UnknownConversationError } from './errors';
import * as rowShapes from './rows';
import { sqliteNotices, type ActivityNotices } from './activityNotices';
import { documentAtVersion, undoPatchJson, VERSION_FORMAT, versionBodyRow } from './draftHistory';
import { openSqlite } from './sqliteDatabase';
import { silentLog, type StoreLog } from './storeLog';
import { sqliteRunner } from './sql';
import type { DirectLineStore, DraftRowStore, DraftSave, EngineStores, StateStorage } from './types';

/**
 * Embedded storage in one SQLite file. Every write is an IMMEDIATE transaction: it holds the write
 * lock from its first read, so a check and the write that depends on it cannot be split by
 * another connection (another store instance or process on the same file).
 */
export function createSqliteStores(dataDir: string, log: StoreLog = silentLog): EngineStores {
  const db = openSqlite(dataDir, log);
  const notices = sqliteNotices(path.resolve(db.name));
  const state = sqliteState(db);
  const drafts = sqliteDrafts(db);
  // A turn's answers and state in one IMMEDIATE transaction: one commit instead of one per store.
  const turn = db.transaction((saves: DraftRowSave[], writes: rowShapes.StateWrite[]) => {
    const saved = saves.map((save) => drafts.saveRow(save));
    state.writeRows(writes);
    return saved;
  });
  return {
    engine: 'sqlite',
    state: state.storage,
    directLine: sqliteDirectLine(db, notices.hub),
    drafts: drafts.store,
    sql: sqliteRunner(db),
    async writeTurn(writes) {
      // Drafts come turned into text (before the write lock is taken); the undo patch is made from
      // the document as stored (cleaned text, no undefined fields).
      const saves = writes.drafts.map((save) => ({ ...save, document: save.stored }));
      const stateWrites = rowShapes.stateWrites(writes.state);
      if (saves.length === 0 && stateWrites.length === 0) return { drafts: [], eTags: {} };
      const saved = turn.immediate(saves, stateWrites).map(({ id, version, at }) => ({ id, version, updatedAt: at }));
      return { drafts: saved, eTags: rowShapes.writtenETags(stateWrites) };
    },
    async purgeDeleted() {
      // secure_delete has zeroed the deleted rows; the checkpoint copies those pages over the old
      // ones in the main file, and TRUNCATE empties the write-ahead log that still held them.
      if (db.open) db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      notices.release();
      if (db.open) db.close();
    },
  };
}

function sqliteState(db: Database.Database): { storage: StateStorage; writeRows: (writes: rowShapes.StateWrite[]) => void } {
  const select = db.prepare('SELECT key, json, etag FROM state WHERE key = ?');
  const selectETag = db.prepare('SELECT etag FROM state WHERE key = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO state (key, json, etag, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM state WHERE key = ?');
  /** In a transaction the caller holds. */
  const writeRows = (writes: rowShapes.StateWrite[]): void => {
    const now = new Date().toISOString();
    for (const write of writes) {
      // As MemoryStorage: an eTag is only checked against an item that exists.
      if (write.expectedETag !== undefined) {
        const current = selectETag.get(write.key);
        if (current !== undefined && current !== write.expectedETag) throw new ConflictError(rowShapes.staleETagMessage(write.key));
      }
      upsert.run(write.key, write.json, write.eTag, now);
    }
  };
  const writeAll = db.transaction((changes: StoreItems) => writeRows(rowShapes.stateWrites(changes)));
  const removeAll = db.transaction((keys: string[]) => keys.forEach((key) => remove.run(key)));
  const storage: StateStorage = {
    async eTagOf(key) {
      return rowShapes.eTagValue.parse(selectETag.get(key));
    },
    async read(keys) {
      if (!keys) throw new ReferenceError('Keys are required when reading.');
      const items: StoreItems = {};
      for (const key of keys) {
        const row = select.get(key);
        if (row !== undefined) items[key] = rowShapes.stateItem(rowShapes.stateRow.parse(row));
      }
      return items;
    },
    async write(changes) {
      writeAll.immediate(changes);
    },
    async delete(keys) {
      removeAll.immediate(keys);
    },
  };
  return { storage, writeRows };
}

function sqliteDirectLine(db: Database.Database, notices: ActivityNotices): DirectLineStore {
  const insertConversation = db.prepare(
    'INSERT INTO directline_conversations (id, user_id, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const selectConversation = db.prepare('SELECT id, user_id, created_at FROM directline_conversations WHERE id = ?');
  const selectSeq = db.prepare('SELECT last_seq FROM directline_conversations WHERE id = ?');
  const clearActivities = db.prepare('DELETE FROM directline_activities WHERE conversation_id = ?');
  const idle = db.prepare(
    `SELECT c.id AS id FROM directline_conversations c LEFT JOIN directline_activities a ON a.conversation_id = c.id
     GROUP BY c.id HAVING COALESCE(MAX(json_extract(a.json, '$.timestamp')), c.created_at) < ?`,
  );
  const bumpSeq = db.prepare('UPDATE directline_conversations SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq');
  const insertActivity = db.prepare('INSERT INTO directline_activities (conversation_id, seq, json) VALUES (?, ?, ?)');
  const selectActivities = db.prepare(
    'SELECT seq, json FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  const removeActivities = db.prepare('DELETE FROM directline_activities WHERE conversation_id = ?');
  const removeConversation = db.prepare('DELETE FROM directline_conversations WHERE id = ?');

  const append = db.transaction((conversationId: string, jsons: string[]): number[] => {
    const bumped = bumpSeq.get(jsons.length, conversationId);
    if (bumped === undefined) throw new UnknownConversationError(`Direct Line conversation ${conversationId} does not exist`);
    const first = rowShapes.seqRow.parse(bumped).last_seq - jsons.length + 1;
    return jsons.map((json, index) => {
      insertActivity.run(conversationId, first + index, json);
      return first + index;
    });
  });
  const remove = db.transaction((id: string) => {
    removeConversation.run(id);
    removeActivities.run(id);
  });

  return {
    async createConversation(conversation) {
      insertConversation.run(conversation.id, conversation.userId === undefined ? null : cleanText(conversation.userId), conversation.createdAt);
    },
    async getConversation(id) {
      const row = selectConversation.get(id);
      return row === undefined ? undefined : rowShapes.conversationRow.parse(row);
    },
    async appendActivities(conversationId, activities) {
      if (activities.length === 0) return [];
      const seqs = append.immediate(conversationId, activities.map(rowShapes.activityJson));
      notices.publish(conversationId, seqs.at(-1)!);
      return seqs;
    },
    watch: (conversationId, listener) => notices.watch(conversationId, listener),
    async activityCount(id) {
      const row = selectSeq.get(id);
      return row === undefined ? 0 : rowShapes.seqRow.parse(row).last_seq;
    },
    async listActivities(conversationId, afterSeq, limit = 1000) {
      return selectActivities.all(conversationId, afterSeq, limit).map((row) => rowShapes.activityRow.parse(row));
    },
    async deleteConversation(id) {
      remove.immediate(id);
    },
    async clearActivities(id) {
      clearActivities.run(id);
    },
    async idleConversations(before) {
      return idle.all(before.toISOString()).map((row) => rowShapes.idRow.parse(row).id);
    },
  };
}

/** A draft save with its document already turned into JSON text. */
type DraftRowSave = DraftSave & { json: string; previous?: { json: string; stored: unknown } };

function sqliteDrafts(db: Database.Database): { store: DraftRowStore; saveRow: (save: DraftRowSave) => { id: string; version: number; at: string } } {
  const selectDraft = db.prepare('SELECT id, version, json, updated_at FROM drafts WHERE id = ?');
  const selectStamp = db.prepare('SELECT version, updated_at FROM drafts WHERE id = ?');
  const selectCurrent = db.prepare('SELECT version, json FROM drafts WHERE id = ?');
  const upsertDraft = db.prepare(
    `INSERT INTO drafts (id, version, json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, json = excluded.json, updated_at = excluded.updated_at`,
  );
  const insertVersion = db.prepare(
    'INSERT INTO draft_versions (draft_id, version, author, summary, at, json, format) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectVersionBodies = db.prepare('SELECT version, format, json FROM draft_versions WHERE draft_id = ? AND version >= ?');
  const selectVersions = db.prepare('SELECT version, author, summary, at FROM draft_versions WHERE draft_id = ? ORDER BY version');
  const removeVersions = db.prepare('DELETE FROM draft_versions WHERE draft_id = ?');
  const removeDraft = db.prepare('DELETE FROM drafts WHERE id = ?');
  const selectIdle = db.prepare('SELECT id FROM drafts WHERE updated_at < ? ORDER BY updated_at');

  /** In a transaction the caller holds. */
  const saveRow = ({ id, json, document, expectedVersion, change, previous }: DraftRowSave) => {
    const row = selectCurrent.get(id);
    const found = row === undefined ? undefined : rowShapes.currentDraftText.parse(row);
    if ((found?.version ?? 0) !== expectedVersion) throw new ConflictError(rowShapes.draftConflictMessage(id, expectedVersion));
    // The stored text is most often the one this process wrote last: its document is in hand.
    const current = found === undefined ? undefined : found.json === previous?.json ? { json: previous.stored } : rowShapes.currentDraftRow.parse(row);
    const version = expectedVersion + 1;
    const at = new Date().toISOString();
    upsertDraft.run(id, version, json, at);
    insertVersion.run(id, version, change.author, change.summary, at, undoPatchJson(document, current?.json), VERSION_FORMAT.undo);
    return { id, version, at };
  };
  const save = db.transaction(saveRow);
  const remove = db.transaction((id: string) => {
    removeDraft.run(id);
    removeVersions.run(id);
  });

  const store: DraftRowStore = {
    async get(id) {
      const row = selectDraft.get(id);
      return row === undefined ? undefined : rowShapes.draftTextRow.parse(row);
    },
    async stamp(id) {
      const row = selectStamp.get(id);
      return row === undefined ? undefined : rowShapes.draftStampRow.parse(row);
    },
    async save(id, document, expectedVersion, change) {
      const json = rowShapes.documentJson(document);
      const { version, at } = save.immediate({ id, json, document: JSON.parse(json) as unknown, expectedVersion, change });
      return { id, version, updatedAt: at };
    },
    async versions(id) {
      return selectVersions.all(id).map((row) => rowShapes.draftVersionRow.parse(row));
    },
    async documentAt(id, version) {
      const latest = selectDraft.get(id);
      if (latest === undefined) return undefined;
      const bodies = selectVersionBodies.all(id, version).map((row) => versionBodyRow.parse(row));
      return documentAtVersion(rowShapes.draftRow.parse(latest).document, bodies, version);
    },
    async delete(id) {
      remove.immediate(id);
    },
    async idleSince(before) {
      return selectIdle.all(before.toISOString()).map((row) => rowShapes.idRow.parse(row).id);
    },
  };
  return { store, saveRow };
}
