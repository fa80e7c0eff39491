import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { z } from 'zod';
import { ConflictError } from './errors';
import type { DirectLineStore, DraftStore, DraftVersion, SecretStore, StoredActivity, Stores } from './types';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE state (key TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, updated_at TEXT NOT NULL);
   CREATE TABLE dl_conversations (id TEXT PRIMARY KEY, user_id TEXT, created_at TEXT NOT NULL);
   CREATE TABLE dl_activities (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (conversation_id, seq));
   CREATE TABLE drafts (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL, updated_at TEXT NOT NULL);
   CREATE TABLE draft_versions (draft_id TEXT NOT NULL, version INTEGER NOT NULL, author TEXT NOT NULL, summary TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (draft_id, version));
   CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

const jsonObject = z.record(z.string(), z.unknown());

/** Embedded storage: one SQLite file in WAL mode, so reads never wait for the writer. */
export function createSqliteStores(dataDir: string): Stores {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'outcomes.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  let etagCounter = 0;
  const newETag = () => `${Date.now().toString(36)}-${(etagCounter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  const state: Storage = {
    async read(keys) {
      const get = db.prepare<[string], { json: string; etag: string }>('SELECT json, etag FROM state WHERE key = ?');
      const items: StoreItems = {};
      for (const key of keys) {
        const row = get.get(key);
        if (row) items[key] = { ...jsonObject.parse(JSON.parse(row.json)), eTag: row.etag };
      }
      return items;
    },
    async write(changes) {
      const get = db.prepare<[string], { etag: string }>('SELECT etag FROM state WHERE key = ?');
      const put = db.prepare('INSERT INTO state (key, json, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at');
      db.transaction(() => {
        for (const [key, value] of Object.entries(changes)) {
          const { eTag, ...rest } = value as { eTag?: string };
          const current = get.get(key);
          if (eTag && eTag !== '*' && current && current.etag !== eTag) {
            throw new ConflictError(`Storage: stale eTag for ${key}`);
          }
          put.run(key, JSON.stringify(rest), newETag(), new Date().toISOString());
        }
      })();
    },
    async delete(keys) {
      const del = db.prepare('DELETE FROM state WHERE key = ?');
      db.transaction(() => keys.forEach((key) => del.run(key)))();
    },
  };

  const directLine: DirectLineStore = {
    async createConversation(c) {
      db.prepare('INSERT OR IGNORE INTO dl_conversations (id, user_id, created_at) VALUES (?, ?, ?)').run(c.id, c.userId ?? null, c.createdAt);
    },
    async getConversation(id) {
      const row = db.prepare<[string], { id: string; user_id: string | null; created_at: string }>('SELECT * FROM dl_conversations WHERE id = ?').get(id);
      return row ? { id: row.id, userId: row.user_id ?? undefined, createdAt: row.created_at } : undefined;
    },
    async appendActivities(conversationId, activities) {
      const last = db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM dl_activities WHERE conversation_id = ?');
      const put = db.prepare('INSERT INTO dl_activities (conversation_id, seq, json) VALUES (?, ?, ?)');
      return db.transaction(() => {
        let seq = last.get(conversationId)?.seq ?? 0;
        return activities.map((activity) => {
          seq += 1;
          put.run(conversationId, seq, JSON.stringify(activity));
          return seq;
        });
      }).immediate();
    },
    async listActivities(conversationId, afterSeq, limit = 1000): Promise<StoredActivity[]> {
      const rows = db
        .prepare<[string, number, number], { seq: number; json: string }>('SELECT seq, json FROM dl_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?')
        .all(conversationId, afterSeq, limit);
      return rows.map((row) => ({ seq: row.seq, activity: jsonObject.parse(JSON.parse(row.json)) }));
    },
    async deleteConversation(id) {
      db.transaction(() => {
        db.prepare('DELETE FROM dl_activities WHERE conversation_id = ?').run(id);
        db.prepare('DELETE FROM dl_conversations WHERE id = ?').run(id);
      })();
    },
  };

  const drafts: DraftStore = {
    async get(id) {
      const row = db.prepare<[string], { id: string; version: number; json: string; updated_at: string }>('SELECT * FROM drafts WHERE id = ?').get(id);
      return row ? { id: row.id, version: row.version, document: JSON.parse(row.json) as unknown, updatedAt: row.updated_at } : undefined;
    },
    async save(id, document, expectedVersion, change) {
      const at = new Date().toISOString();
      const json = JSON.stringify(document);
      return db.transaction(() => {
        const current = db.prepare<[string], { version: number }>('SELECT version FROM drafts WHERE id = ?').get(id)?.version ?? 0;
        if (current !== expectedVersion) throw new ConflictError(`Draft ${id} changed since it was read`);
        const version = current + 1;
        db.prepare('INSERT INTO drafts (id, version, json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET version = excluded.version, json = excluded.json, updated_at = excluded.updated_at').run(id, version, json, at);
        db.prepare('INSERT INTO draft_versions (draft_id, version, author, summary, at, json) VALUES (?, ?, ?, ?, ?, ?)').run(id, version, change.author, change.summary, at, json);
        return { id, version, document, updatedAt: at };
      }).immediate();
    },
    async versions(id): Promise<DraftVersion[]> {
      return db
        .prepare<[string], DraftVersion>('SELECT version, author, summary, at FROM draft_versions WHERE draft_id = ? ORDER BY version')
        .all(id);
    },
    async delete(id) {
      db.transaction(() => {
        db.prepare('DELETE FROM draft_versions WHERE draft_id = ?').run(id);
        db.prepare('DELETE FROM drafts WHERE id = ?').run(id);
      })();
    },
    async idleSince(before) {
      return db.prepare<[string], { id: string }>('SELECT id FROM drafts WHERE updated_at < ?').all(before.toISOString()).map((r) => r.id);
    },
  };

  const secrets: SecretStore = {
    async getOrCreate(name, create) {
      db.prepare('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)').run(name, create());
      return db.prepare<[string], { value: string }>('SELECT value FROM secrets WHERE name = ?').get(name)!.value;
    },
  };

  return {
    engine: 'sqlite',
    state,
    directLine,
    drafts,
    secrets,
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (applied.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    }).immediate();
  });
}
