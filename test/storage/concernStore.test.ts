import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { RaisedConcern } from '../../src/safeguarding/concerns';
import { createStores, type Stores } from '../../src/storage';
import { postgresRunner, sqliteRunner, type SqlRunner } from '../../src/storage/sql';
import { sqliteFileName } from '../../src/storage/sqliteDatabase';
import { postgresUnavailableReason, postgresUrl, redactedUrl } from './postgresAvailability';

const unavailable = postgresUnavailableReason();
if (unavailable !== undefined) {
  const message = `PostgreSQL concern store tests cannot reach ${redactedUrl(postgresUrl)}: ${unavailable}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING ${message}\n`);
}

interface Target {
  stores: Stores;
  /** Straight to the database, as someone with access to it would write, past the stores. */
  raw: SqlRunner;
  close(): Promise<void>;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function sqlite(): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'concerns-'));
  dirs.push(dataDir);
  const stores = await createStores({ dataDir });
  const db = new Database(path.join(dataDir, sqliteFileName));
  return {
    stores,
    raw: sqliteRunner(db),
    async close() {
      db.close();
      await stores.close();
    },
  };
}

async function postgres(): Promise<Target> {
  const stores = await createStores({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema: `concerns_test_${process.pid}_${randomBytes(4).toString('hex')}` });
  return { stores, raw: postgresRunner(stores.postgresPool!), close: () => stores.close() };
}

const RAISED: RaisedConcern = {
  draftId: 'draft-1',
  category: 'neglect',
  step: 'hopes.dream',
  question: 'What is your dream?',
  message: 'there is never any food at home',
  previousMessage: 'I like football',
  channelId: 'directline',
  person: { who: 'self', name: 'Kai', age: 13 },
};

const engines: [string, () => Promise<Target>, boolean][] = [
  ['SQLite', sqlite, false],
  ['PostgreSQL', postgres, unavailable !== undefined],
];

describe.each(engines)('the concern store on %s', (_engine, openTarget, skip) => {
  it.skipIf(skip)('finds the concern of a kind raised last for a draft, so a worry told again joins it', async () => {
    const t = await openTarget();
    try {
      const keep = new Date('2039-03-01T09:00:00Z');
      const first = await t.stores.concerns.raise(RAISED, new Date('2026-03-01T09:00:00Z'), keep);
      const later = await t.stores.concerns.raise(RAISED, new Date('2026-03-01T10:00:00Z'), keep);
      await t.stores.concerns.raise({ ...RAISED, category: 'bullying' }, new Date('2026-03-01T11:00:00Z'), keep);
      await t.stores.concerns.raise({ ...RAISED, draftId: 'draft-2' }, new Date('2026-03-01T12:00:00Z'), keep);
      expect(await t.stores.concerns.latestOf('draft-1', 'neglect')).toBe(later.id);
      expect(later.id).not.toBe(first.id);
      expect(await t.stores.concerns.latestOf('draft-1', 'sexual_abuse')).toBeUndefined();
      expect(await t.stores.concerns.latestOf('draft-3', 'neglect')).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it.skipIf(skip)('knows its leads, keeps each concern whole and its history append-only', async () => {
    const t = await openTarget();
    try {
      const lead = await t.stores.keyWorkers.addKeyWorker({ email: 'lead@school.example', name: 'Lee Lead', passwordHash: 'x' }, new Date());
      const other = await t.stores.keyWorkers.addKeyWorker({ email: 'kw@school.example', name: 'Kim Worker', passwordHash: 'x' }, new Date());
      expect(await t.stores.concerns.leads()).toEqual([]);
      expect(await t.stores.concerns.setLead('lead@school.example', true)).toBe(true);
      expect(await t.stores.concerns.setLead('nobody@school.example', true)).toBe(false);
      expect((await t.stores.concerns.leads()).map((l) => l.email)).toEqual(['lead@school.example']);
      expect(await t.stores.concerns.isLead(lead!.id)).toBe(true);
      expect(await t.stores.concerns.isLead(other!.id)).toBe(false);
      // A disabled lead is told nothing.
      await t.stores.keyWorkers.setDisabled('lead@school.example', true);
      expect(await t.stores.concerns.leads()).toEqual([]);
      await t.stores.keyWorkers.setDisabled('lead@school.example', false);

      const raisedAt = new Date('2026-03-01T09:00:00Z');
      const { id } = await t.stores.concerns.raise(RAISED, raisedAt, new Date('2039-03-01T09:00:00Z'));
      expect(await t.stores.concerns.contactKnown('draft-1')).toBe(false);
      expect(await t.stores.concerns.addContact(id, 'Kai, Year 8 at Hill School')).toBe(true);
      expect(await t.stores.concerns.contactKnown('draft-1')).toBe(true);
      // What they said at the safety check is added, one message a line; the message that raised it stays as it was.
      expect(await t.stores.concerns.addSaidAfter(id, 'no he did it again')).toBe(true);
      expect(await t.stores.concerns.addSaidAfter(id, 'please dont tell mum')).toBe(true);
      expect((await t.stores.concerns.get(id))?.person.saidAfter).toBe('no he did it again\nplease dont tell mum');
      expect((await t.stores.concerns.get(id))?.message).toBe(RAISED.message);
      expect(await t.stores.concerns.addSaidAfter('5d0a4c8e-0000-4000-8000-000000000000', 'lost')).toBe(false);
      await t.stores.concerns.addAction(id, { action: 'seen', byId: lead!.id, byName: 'Lee Lead' }, new Date('2026-03-01T09:05:00Z'));
      await t.stores.concerns.addAction(id, { action: 'closed', note: 'Spoke to Kai and mum', byId: lead!.id, byName: 'Lee Lead' }, new Date('2026-03-02T09:05:00Z'));
      expect(await t.stores.concerns.addAction('5d0a4c8e-0000-4000-8000-000000000000', { action: 'seen', byId: lead!.id, byName: 'Lee Lead' }, new Date())).toBeUndefined();

      const concern = await t.stores.concerns.get(id);
      expect(concern).toMatchObject({ ...RAISED, person: { ...RAISED.person, contact: 'Kai, Year 8 at Hill School', saidAfter: 'no he did it again\nplease dont tell mum' }, raisedAt: raisedAt.toISOString() });
      expect(concern?.actions.map((a) => [a.action, a.byName, a.at])).toEqual([
        ['seen', 'Lee Lead', '2026-03-01T09:05:00.000Z'],
        ['closed', 'Lee Lead', '2026-03-02T09:05:00.000Z'],
      ]);
      const [listed] = await t.stores.concerns.list();
      expect(listed).toMatchObject({ id, category: 'neglect', latest: { action: 'closed' } });

      await expect(t.raw.run('UPDATE safeguarding_actions SET note = $1', ['edited'])).rejects.toThrow(/cannot be changed/);
      await expect(t.raw.run('DELETE FROM safeguarding_actions WHERE concern_id = $1', [id])).rejects.toThrow(/cannot be deleted/);
      await expect(t.raw.run('UPDATE safeguarding_concerns SET message = $1 WHERE id = $2', ['edited', id])).rejects.toThrow(/cannot be changed/);
      expect((await t.stores.concerns.get(id))?.actions).toHaveLength(2);

      // Retention: not before its time; at its time, the concern and its history go together.
      expect(await t.stores.concerns.deleteExpired(new Date('2039-02-28T00:00:00Z'))).toBe(0);
      expect(await t.stores.concerns.deleteExpired(new Date('2039-03-01T09:00:00Z'))).toBe(1);
      expect(await t.stores.concerns.get(id)).toBeUndefined();
      expect(await t.raw.all('SELECT id FROM safeguarding_actions')).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
