import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createStores } from '../../src/storage';
import { MAPPED_BYTES, PAGE_CACHE_KIB, openSqlite, sqliteFileName } from '../../src/storage/sqliteDatabase';
import { silentLog } from '../../src/storage/storeLog';
import { describeStores, type StoreTarget } from './storeSuite';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'outcomes-storage-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Reads the file directly, as an operator would, to see what the stores cannot show. */
function inspect<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, sqliteFileName), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function sqliteTarget(): Promise<StoreTarget> {
  const dataDir = tempDir();
  return {
    open: () => createStores({ dataDir }),
    appliedMigrations: async () =>
      inspect(dataDir, (db) => db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[]),
    versionRows: async (draftId) =>
      inspect(dataDir, (db) => db.prepare('SELECT json FROM draft_versions WHERE draft_id = ? ORDER BY version').pluck().all(draftId) as string[]),
    writeDraftJson: async (draftId, json) => {
      const db = new Database(path.join(dataDir, sqliteFileName));
      try {
        db.prepare('INSERT INTO drafts (id, version, json, updated_at) VALUES (?, 1, ?, ?)').run(draftId, json, new Date().toISOString());
      } finally {
        db.close();
      }
    },
    destroy: async () => {},
  };
}

describeStores('SQLite', sqliteTarget);

describe('SQLite file', () => {
  it('opens again while another process is writing to it: an up-to-date database is only read at start', async () => {
    const dataDir = tempDir();
    await (await createStores({ dataDir })).close();
    const writer = new Database(path.join(dataDir, sqliteFileName));
    writer.pragma('busy_timeout = 0');
    writer.exec('BEGIN IMMEDIATE');
    try {
      const stores = await createStores({ dataDir });
      expect(stores.engine).toBe('sqlite');
      await stores.close();
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  }, 30_000);

  it('is created, with its folder, under the data directory, in WAL mode', async () => {
    const dataDir = path.join(tempDir(), 'not', 'yet', 'there');
    const stores = await createStores({ dataDir });
    expect(stores.engine).toBe('sqlite');
    await stores.close();
    expect(existsSync(path.join(dataDir, 'outcomes.sqlite'))).toBe(true);
    expect(inspect(dataDir, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('keeps the pages a turn walks in memory, so turns cost no more with many stored conversations', () => {
    const db = openSqlite(tempDir(), silentLog);
    try {
      expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
      expect(PAGE_CACHE_KIB).toBeGreaterThanOrEqual(32 * 1024);
      expect(db.pragma('mmap_size', { simple: true })).toBe(MAPPED_BYTES);
    } finally {
      db.close();
    }
  });

  it('refuses stored activities that are not objects instead of handing them on', async () => {
    const dataDir = tempDir();
    const stores = await createStores({ dataDir });
    await stores.directLine.createConversation({ id: 'c', createdAt: new Date().toISOString() });
    await stores.directLine.appendActivities('c', [{ text: 'fine' }]);
    const db = new Database(path.join(dataDir, sqliteFileName));
    db.prepare("INSERT INTO directline_activities (conversation_id, seq, json) VALUES ('c', 2, '[1,2]')").run();
    db.close();
    await expect(stores.directLine.listActivities('c', 0)).rejects.toThrow();
    await stores.close();
  });
});

describe('SQLite shared by two processes', () => {
  const run = promisify(execFile);
  const tsx = path.resolve('node_modules/.bin/tsx');
  const worker = path.resolve(__dirname, 'sqliteWorker.ts');

  it('gives unique, gap-free sequence numbers when two processes append at once', async () => {
    const dataDir = tempDir();
    const stores = await createStores({ dataDir });
    await stores.directLine.createConversation({ id: 'shared', createdAt: new Date().toISOString() });
    // Both workers wait for this moment; tsx can take several seconds to start on a busy machine.
    const startAt = String(Date.now() + 8000);
    const labels = ['one', 'two'];
    const outputs = await Promise.all(labels.map((label) => run(tsx, [worker, dataDir, 'shared', label, startAt, '400'])));
    const given = outputs.map(({ stdout }) => JSON.parse(stdout) as number[]);
    const total = given.flat().length;
    const oneToTotal = Array.from({ length: total }, (_, i) => i + 1);
    expect([...given.flat()].sort((x, y) => x - y)).toEqual(oneToTotal);
    const listed = await stores.directLine.listActivities('shared', 0, total + 10);
    expect(listed.map((row) => row.seq)).toEqual(oneToTotal);
    labels.forEach((label, index) => {
      // Each process's activities sit where it was told, in the order it sent them.
      const own = listed.filter((row) => String(row.activity.text).startsWith(`${label}-`));
      expect(own.map((row) => row.seq)).toEqual(given[index]);
      expect(own.map((row) => row.activity.text)).toEqual(given[index]!.map((_, i) => `${label}-${i}`));
    });
    // Only a real overlap tests anything: the two processes' activities must interleave.
    const switches = listed.filter((row, i) => i > 0 && String(row.activity.text)[0] !== String(listed[i - 1]!.activity.text)[0]);
    expect(switches.length).toBeGreaterThan(1);
    await stores.close();
  }, 60_000);
});
