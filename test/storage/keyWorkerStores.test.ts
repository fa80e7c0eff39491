import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { setKeyWorker } from '../../src/domain/draft';
import { createStores, type Stores } from '../../src/storage';
import { postgresUnavailableReason, postgresUrl, redactedUrl } from './postgresAvailability';
import { sampleDraft } from '../review/harness';

const pgUnavailable = postgresUnavailableReason();
if (pgUnavailable !== undefined) {
  const message = `PostgreSQL review store tests cannot reach ${redactedUrl(postgresUrl)}: ${pgUnavailable}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! SKIPPING ${message}\n!!! Set TEST_DATABASE_URL to run them.\n`);
}

interface Target {
  open(): Promise<Stores>;
  destroy(): Promise<void>;
}

function sqliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'review-store-'));
  return {
    open: () => createStores({ dataDir }),
    destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresTarget(): Target {
  const pgSchema = `review_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    open: () => createStores({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema }),
    async destroy() {
      const client = new PgClient({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
      await client.end();
    },
  };
}

const AAD = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

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

        expect(await one.invitations.createInvitation({ code: 'ACEFGHKM', keyWorkerId: sam!.id, createdAt: now.toISOString() })).toBe(true);
        expect(await two.invitations.createInvitation({ code: 'ACEFGHKM', keyWorkerId: 'someone', createdAt: now.toISOString() })).toBe(false);

        const shared = setKeyWorker(sampleDraft({ id: 'd-shared' }), { invitationCode: 'ACEF-GHKM', shared: true });
        const notShared = setKeyWorker(sampleDraft({ id: 'd-not' }), { invitationCode: 'ACEFGHKM', shared: false });
        await one.drafts.save('d-shared', shared, 0, { author: 'young_person', summary: 's' });
        await one.drafts.save('d-not', notShared, 0, { author: 'young_person', summary: 's' });
        const sharedWithSam = await two.drafts.sharedWith(sam!.id);
        expect(sharedWithSam.map((d) => [d.id, d.version, d.draft.keyWorker?.shared])).toEqual([['d-shared', 1, true]]);
        expect((await two.drafts.getShared(sam!.id, 'd-shared'))?.draft).toEqual(shared);
        expect(await two.drafts.getShared(sam!.id, 'd-not')).toBeUndefined();
        expect(await two.drafts.getShared('someone', 'd-shared')).toBeUndefined();
        expect((await two.invitations.keyWorkerOfInvitation('ACEFGHKM'))?.email).toBe('sam@school.example');

        await one.chatLinks.rememberConversation('d-shared', { conversationId: 'c1', channelId: 'directline' }, now);
        await two.chatLinks.rememberConversation('d-shared', { conversationId: 'c2', channelId: 'directline' }, now);
        expect(await one.chatLinks.lastConversation('d-shared')).toMatchObject({ conversationId: 'c2', channelId: 'directline' });

        expect(await two.keyWorkers.setDisabled('sam@school.example', true)).toBe(true);
        expect(await one.keyWorkers.findSession('abc', now)).toBeUndefined();
      } finally {
        for (const opened of [one, two]) await opened.close();
        await target.destroy();
      }
    });

    it('links, finds, re-links and unlinks a Teams account; keeps references and sends each draft card once, for every instance', async () => {
      const target = makeTarget();
      const one = await target.open();
      const two = await target.open();
      try {
        const now = new Date('2026-02-02T09:00:00.000Z');
        const ann = await one.keyWorkers.addKeyWorker({ email: 'ann@school.example', name: 'Ann', passwordHash: 'h' }, now);
        const ben = await one.keyWorkers.addKeyWorker({ email: 'ben@school.example', name: 'Ben', passwordHash: 'h' }, now);

        expect(await one.teamsLinks.linkTeamsAccount('nobody@school.example', AAD, now)).toBe(false);
        expect(await two.teamsLinks.keyWorkerForTeams(AAD)).toBeUndefined();
        expect(await one.teamsLinks.linkTeamsAccount('ann@school.example', AAD.toUpperCase(), now)).toBe(true);
        expect(await two.teamsLinks.keyWorkerForTeams(AAD)).toMatchObject({ id: ann!.id, name: 'Ann', disabled: false });
        expect(await two.teamsLinks.keyWorkerForTeams(AAD)).not.toHaveProperty('passwordHash');

        await two.keyWorkers.setDisabled('ann@school.example', true);
        expect((await one.teamsLinks.keyWorkerForTeams(AAD))?.disabled).toBe(true);

        // Linking the same Teams account again moves it; the chat is recorded per account.
        expect(await one.teamsLinks.linkTeamsAccount('ben@school.example', AAD, now)).toBe(true);
        expect((await two.teamsLinks.keyWorkerForTeams(AAD))?.id).toBe(ben!.id);
        expect(await two.teamsLinks.teamsConversationsOfKeyWorker(ben!.id)).toEqual([]);
        await two.teamsLinks.setTeamsKeyWorkerConversation(AAD, 'a:ben-chat');
        expect(await one.teamsLinks.teamsConversationsOfKeyWorker(ben!.id)).toEqual(['a:ben-chat']);
        expect(await one.teamsLinks.teamsConversationsOfKeyWorker(ann!.id)).toEqual([]);

        await one.teamsLinks.rememberTeamsReference('a:ben-chat', '{"v":1}', now);
        await two.teamsLinks.rememberTeamsReference('a:ben-chat', '{"v":2}', now);
        expect(await one.teamsLinks.teamsReference('a:ben-chat')).toBe('{"v":2}');
        expect(await one.teamsLinks.teamsReference('a:other')).toBeUndefined();

        expect(await one.teamsLinks.claimDraftCard(ben!.id, 'd1', now)).toBe(true);
        expect(await two.teamsLinks.claimDraftCard(ben!.id, 'd1', now)).toBe(false);
        expect(await two.teamsLinks.claimDraftCard(ann!.id, 'd1', now)).toBe(true);

        expect(await two.teamsLinks.unlinkTeamsAccount(AAD)).toBe(true);
        expect(await one.teamsLinks.keyWorkerForTeams(AAD)).toBeUndefined();
        expect(await one.teamsLinks.unlinkTeamsAccount(AAD)).toBe(false);
      } finally {
        await one.close();
        await two.close();
        await target.destroy();
      }
    });
  });
}

describeStore('SQLite', sqliteTarget);
describe.skipIf(pgUnavailable !== undefined)('PostgreSQL', () => describeStore('PostgreSQL', postgresTarget));
