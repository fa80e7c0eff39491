import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { setKeyWorker } from '../../src/domain/draft';
import { openKeyWorkerStore, type KeyWorkerStore } from '../../src/review/keyWorkerStore';
import { createStores, type Stores } from '../../src/storage';
import { postgresUnavailableReason, postgresUrl, redactedUrl } from '../storage/postgresAvailability';
import { sampleDraft } from './harness';

const pgUnavailable = postgresUnavailableReason();
if (pgUnavailable !== undefined) {
  const message = `PostgreSQL review store tests cannot reach ${redactedUrl(postgresUrl)}: ${pgUnavailable}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING ${message}\n!!! Set TEST_DATABASE_URL to run them.\n`);
}

interface Target {
  open(): Promise<{ stores: Stores; keyWorkers: KeyWorkerStore }>;
  destroy(): Promise<void>;
}

function sqliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'review-store-'));
  return {
    open: async () => ({ stores: await createStores({ dataDir }), keyWorkers: await openKeyWorkerStore({ dataDir }) }),
    destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresTarget(): Target {
  const pgSchema = `review_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    open: async () => ({
      stores: await createStores({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema }),
      keyWorkers: await openKeyWorkerStore({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema }),
    }),
    async destroy() {
      const client = new PgClient({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
      await client.end();
    },
  };
}

function describeStore(engine: string, makeTarget: () => Target): void {
  describe(`key worker store on ${engine}`, () => {
    it('keeps accounts, sessions, failures, invitations and shared drafts in the database for every instance', async () => {
      const target = makeTarget();
      const one = await target.open();
      const two = await target.open();
      try {
        const now = new Date('2026-01-05T09:00:00.000Z');
        const sam = await one.keyWorkers.addKeyWorker({ email: 'sam@school.example', name: 'Sam', passwordHash: 'h' }, now);
        expect(sam).toBeDefined();
        expect(await two.keyWorkers.addKeyWorker({ email: 'sam@school.example', name: 'Other', passwordHash: 'h' }, now)).toBeUndefined();
        expect((await two.keyWorkers.listKeyWorkers()).map((k) => [k.email, k.disabled])).toEqual([['sam@school.example', false]]);

        await one.keyWorkers.createSession({ idHash: 'abc', keyWorkerId: sam!.id, csrfToken: 'tok', createdAt: now, expiresAt: new Date(now.getTime() + 60_000) });
        expect((await two.keyWorkers.findSession('abc', now))?.keyWorker.email).toBe('sam@school.example');
        expect(await two.keyWorkers.findSession('abc', new Date(now.getTime() + 61_000))).toBeUndefined();

        await one.keyWorkers.recordLoginFailure(['account:sam@school.example', 'address:1.2.3.4'], now);
        await two.keyWorkers.recordLoginFailure(['account:sam@school.example'], now);
        expect(await one.keyWorkers.countLoginFailures('account:sam@school.example', new Date(now.getTime() - 1000))).toBe(2);
        expect(await one.keyWorkers.countLoginFailures('account:sam@school.example', now)).toBe(0);

        expect(await one.keyWorkers.createInvitation({ code: 'ACEFGHKM', keyWorkerId: sam!.id, createdAt: now.toISOString() })).toBe(true);
        expect(await two.keyWorkers.createInvitation({ code: 'ACEFGHKM', keyWorkerId: 'someone', createdAt: now.toISOString() })).toBe(false);

        const shared = setKeyWorker(sampleDraft({ id: 'd-shared' }), { invitationCode: 'ACEF-GHKM', shared: true });
        const notShared = setKeyWorker(sampleDraft({ id: 'd-not' }), { invitationCode: 'ACEFGHKM', shared: false });
        await one.stores.drafts.save('d-shared', shared, 0, { author: 'young_person', summary: 's' });
        await one.stores.drafts.save('d-not', notShared, 0, { author: 'young_person', summary: 's' });
        expect(await two.keyWorkers.sharedDraftIds(sam!.id)).toEqual(['d-shared']);

        await one.keyWorkers.rememberConversation('d-shared', { conversationId: 'c1', channelId: 'directline' }, now);
        await two.keyWorkers.rememberConversation('d-shared', { conversationId: 'c2', channelId: 'directline' }, now);
        expect(await one.keyWorkers.lastConversation('d-shared')).toMatchObject({ conversationId: 'c2', channelId: 'directline' });

        expect(await two.keyWorkers.setDisabled('sam@school.example', true)).toBe(true);
        expect(await one.keyWorkers.findSession('abc', now)).toBeUndefined();
      } finally {
        for (const opened of [one, two]) {
          await opened.keyWorkers.close();
          await opened.stores.close();
        }
        await target.destroy();
      }
    });
  });
}

describeStore('SQLite', sqliteTarget);
describe.skipIf(pgUnavailable !== undefined)('PostgreSQL', () => describeStore('PostgreSQL', postgresTarget));
