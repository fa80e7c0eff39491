import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { describe, expect, it } from 'vitest';
import { openKeyWorkerStore, type KeyWorkerStore } from '../../src/review/keyWorkerStore';
import { postgresUnavailableReason, postgresUrl } from '../storage/postgresAvailability';

const pgUnavailable = postgresUnavailableReason();

interface Target {
  open(): Promise<KeyWorkerStore>;
  destroy(): Promise<void>;
}

function sqliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kw-links-'));
  return { open: () => openKeyWorkerStore({ dataDir }), destroy: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

function postgresTarget(): Target {
  const pgSchema = `kw_links_${process.pid}_${randomBytes(4).toString('hex')}`;
  return {
    open: () => openKeyWorkerStore({ dataDir: 'unused', databaseUrl: postgresUrl, pgSchema }),
    async destroy() {
      const client = new PgClient({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
      await client.end();
    },
  };
}

const AAD = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

function describeLinks(engine: string, makeTarget: () => Target): void {
  describe(`Teams links in the key worker store on ${engine}`, () => {
    it('links, finds, re-links and unlinks a Teams account; keeps references and sends each draft card once, for every instance', async () => {
      const target = makeTarget();
      const one = await target.open();
      const two = await target.open();
      try {
        const now = new Date('2026-02-02T09:00:00.000Z');
        const ann = await one.addKeyWorker({ email: 'ann@school.example', name: 'Ann', passwordHash: 'h' }, now);
        const ben = await one.addKeyWorker({ email: 'ben@school.example', name: 'Ben', passwordHash: 'h' }, now);

        expect(await one.linkTeamsAccount('nobody@school.example', AAD, now)).toBe(false);
        expect(await two.keyWorkerForTeams(AAD)).toBeUndefined();
        expect(await one.linkTeamsAccount('ann@school.example', AAD.toUpperCase(), now)).toBe(true);
        expect(await two.keyWorkerForTeams(AAD)).toMatchObject({ id: ann!.id, name: 'Ann', disabled: false });
        expect(await two.keyWorkerForTeams(AAD)).not.toHaveProperty('passwordHash');

        await two.setDisabled('ann@school.example', true);
        expect((await one.keyWorkerForTeams(AAD))?.disabled).toBe(true);

        // Linking the same Teams account again moves it; the chat is recorded per account.
        expect(await one.linkTeamsAccount('ben@school.example', AAD, now)).toBe(true);
        expect((await two.keyWorkerForTeams(AAD))?.id).toBe(ben!.id);
        expect(await two.teamsConversationsOfKeyWorker(ben!.id)).toEqual([]);
        await two.setTeamsKeyWorkerConversation(AAD, 'a:ben-chat');
        expect(await one.teamsConversationsOfKeyWorker(ben!.id)).toEqual(['a:ben-chat']);
        expect(await one.teamsConversationsOfKeyWorker(ann!.id)).toEqual([]);

        await one.rememberTeamsReference('a:ben-chat', '{"v":1}', now);
        await two.rememberTeamsReference('a:ben-chat', '{"v":2}', now);
        expect(await one.teamsReference('a:ben-chat')).toBe('{"v":2}');
        expect(await one.teamsReference('a:other')).toBeUndefined();

        expect(await one.claimDraftCard(ben!.id, 'd1', now)).toBe(true);
        expect(await two.claimDraftCard(ben!.id, 'd1', now)).toBe(false);
        expect(await two.claimDraftCard(ann!.id, 'd1', now)).toBe(true);

        expect(await two.unlinkTeamsAccount(AAD)).toBe(true);
        expect(await one.keyWorkerForTeams(AAD)).toBeUndefined();
        expect(await one.unlinkTeamsAccount(AAD)).toBe(false);
      } finally {
        await one.close();
        await two.close();
        await target.destroy();
      }
    });
  });
}

describeLinks('SQLite', sqliteTarget);
describe.skipIf(pgUnavailable !== undefined)('PostgreSQL', () => describeLinks('PostgreSQL', postgresTarget));
