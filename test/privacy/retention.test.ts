import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResumeCodes } from '../../src/storage/resumeCodes';
import { addAspiration, addFlag, createDraft, setStatus, setYoungPerson, type Draft } from '../../src/domain/draft';
import { createLogger } from '../../src/log';
import { SAFEGUARDING_HOLD_DAYS, noteKeepUntil } from '../../src/retention/policy';
import { runRetention } from '../../src/retention/retentionJob';
import { SafeguardingNotes, noteKey } from '../../src/retention/safeguardingNotes';
import { createStores } from '../../src/storage';
import type { Stores } from '../../src/storage/types';
import { runApp } from '../support/inProcessApp';

const DAY = 24 * 60 * 60 * 1000;
const silent = createLogger({ level: 'silent' });
const WORDS = 'I want to be a marine biologist like my nan Gwendolyn';

let dir: string;
let stores: Stores;
let codes: ResumeCodes;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'outcomes-retention-'));
  stores = await createStores({ dataDir: dir });
  codes = new ResumeCodes(stores.state, 'retention-test-pepper');
});

afterEach(async () => {
  await stores.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A draft with the person's words, two versions, its journey and a resume code, as the bot leaves them. */
async function storeDraft(change: (draft: Draft) => Draft = (d) => d): Promise<{ id: string; code: string }> {
  const base = addAspiration(createDraft(), WORDS, null).draft;
  await stores.drafts.save(base.id, base, 0, { author: 'young_person', summary: 'hope' });
  await stores.drafts.save(base.id, change(base), 1, { author: 'young_person', summary: 'more' });
  const { code, key } = await codes.issue(base.id, new Date());
  await stores.state.write({ [`journey/${base.id}`]: { draftId: base.id, mode: 'standard', history: [], resumeKey: key, eTag: '*' } });
  return { id: base.id, code };
}

const retentionAt = (daysFromNow: number, retentionDays = 180) =>
  runRetention({ drafts: stores.drafts, state: stores.state, retentionDays, now: () => new Date(Date.now() + daysFromNow * DAY), log: silent });

async function journeyOf(id: string): Promise<unknown> {
  return (await stores.state.read([`journey/${id}`]))[`journey/${id}`];
}

describe('the retention job', () => {
  it('deletes a web chat transcript with nothing said for RETENTION_DAYS, and keeps a recent one', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    await stores.directLine.createConversation({ id: 'quiet-chat', createdAt: at(0) });
    await stores.directLine.appendActivities('quiet-chat', [{ type: 'message', text: WORDS, timestamp: at(0) }]);
    await stores.directLine.createConversation({ id: 'busy-chat', createdAt: at(0) });
    await stores.directLine.appendActivities('busy-chat', [{ type: 'message', text: WORDS, timestamp: at(100) }]);
    const run = (daysFromNow: number) =>
      runRetention({ drafts: stores.drafts, state: stores.state, directLine: stores.directLine, retentionDays: 180, now: () => new Date(now + daysFromNow * DAY), log: silent });

    expect((await run(179)).transcriptsDeleted).toBe(0);
    const report = await run(181);
    expect(report.transcriptsDeleted).toBe(1);
    expect(await stores.directLine.getConversation('quiet-chat')).toBeUndefined();
    expect(await stores.directLine.listActivities('busy-chat', 0)).toHaveLength(1);
  });

  it('deletes an unfinished draft with no activity for RETENTION_DAYS: versions, journey and resume code too', async () => {
    const { id, code } = await storeDraft();

    const early = await retentionAt(179);
    expect(early.deleted).toBe(0);
    expect(await stores.drafts.get(id)).toBeDefined();
    expect(await codes.find(code)).toBe(id);

    const due = await retentionAt(181);
    expect(due.deleted).toBe(1);
    expect(await stores.drafts.get(id)).toBeUndefined();
    expect(await stores.drafts.versions(id)).toEqual([]);
    expect(await journeyOf(id)).toBeUndefined();
    expect(await codes.find(code)).toBeUndefined();
  });

  it('leaves a draft alone once it has been shared with a key worker', async () => {
    const { id } = await storeDraft((d) => setStatus(d, 'submitted'));
    const report = await retentionAt(400);
    expect(report.deleted).toBe(0);
    expect(report.skipped).toBe(1);
    expect(await stores.drafts.get(id)).toBeDefined();
  });

  it('keeps a flagged draft whole for the hold period, then deletes the words and keeps a note without them', async () => {
    const flaggedAt = new Date();
    const { id, code } = await storeDraft((d) => {
      const withAge = setYoungPerson(d, { age: 14 });
      const flagged = addFlag(withAge, { category: 'harm_by_others', at: flaggedAt, step: 'hopes.dream' });
      return { ...flagged, keyWorker: { invitationCode: 'KW-7731', shared: false } };
    });

    // A deployment with a short retention period still keeps the flagged draft for the hold period.
    const held = await retentionAt(SAFEGUARDING_HOLD_DAYS - 1, 30);
    expect(held.deleted).toBe(0);
    expect(await stores.drafts.get(id)).toBeDefined();

    const due = await retentionAt(SAFEGUARDING_HOLD_DAYS + 1, 30);
    expect(due).toMatchObject({ deleted: 1, notesKept: 1 });
    expect(await stores.drafts.get(id)).toBeUndefined();
    expect(await codes.find(code)).toBeUndefined();

    const note = await new SafeguardingNotes(stores.state).get(id);
    expect(note?.flags).toEqual([{ kind: 'safeguarding', category: 'harm_by_others', at: flaggedAt.toISOString(), step: 'hopes.dream' }]);
    expect(note?.invitationCode).toBe('KW-7731');
    const stored = JSON.stringify((await stores.state.read([noteKey(id)]))[noteKey(id)]);
    expect(stored).not.toContain('marine');
    expect(stored).not.toContain('Gwendolyn');
    expect(stored).not.toMatch(/"age"/);

    // Aged 14 when flagged: kept until after the 25th birthday (12 years at most), then deleted.
    const keepUntil = new Date(note!.keepUntil).getTime();
    expect(keepUntil).toBeGreaterThan(flaggedAt.getTime() + 11 * 365 * DAY);
    expect(keepUntil).toBeLessThan(flaggedAt.getTime() + 13 * 366 * DAY);
    expect((await retentionAt(11 * 365)).notesExpired).toBe(0);
    expect(await new SafeguardingNotes(stores.state).get(id)).toBeDefined();
    expect((await retentionAt(13 * 366)).notesExpired).toBe(1);
    expect(await new SafeguardingNotes(stores.state).get(id)).toBeUndefined();
  });

  it('keeps the note of a person of unknown age for 25 years or more', async () => {
    const { id } = await storeDraft((d) => addFlag(d, { category: 'self_harm', at: new Date(), step: 'welcome.name' }));
    await retentionAt(200);
    const note = await new SafeguardingNotes(stores.state).get(id);
    expect(new Date(note!.keepUntil).getTime()).toBeGreaterThan(Date.now() + 25 * 365 * DAY);
  });

  it('runs when the app starts, with the app clock', async () => {
    const { id } = await storeDraft();
    await stores.close();
    const app = (await runApp({ LOG_LEVEL: 'silent', RETENTION_DAYS: '30' }, { dataDir: dir, now: () => new Date(Date.now() + 31 * DAY) })).app;
    try {
      const deadline = Date.now() + 5000;
      while ((await app.stores.drafts.get(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await app.stores.drafts.get(id)).toBeUndefined();
    } finally {
      await app.close();
      stores = await createStores({ dataDir: dir });
    }
  });
});

describe('safeguarding concerns and retention', () => {
  it('outlive the flagged draft they came from, and go with their history at the 25th birthday', async () => {
    const { concerns } = stores;
    {
      const flaggedAt = new Date();
      const { id: draftId } = await storeDraft((d) => addFlag(setYoungPerson(d, { age: 15 }), { category: 'neglect', at: flaggedAt, step: 'hopes.dream' }));
      const { id } = await concerns.raise(
        { draftId, category: 'neglect', step: 'hopes.dream', message: WORDS, channelId: 'directline', person: { age: 15 } },
        flaggedAt,
        noteKeepUntil(flaggedAt, 15),
      );
      await concerns.addAction(id, { action: 'seen', byId: 'lead', byName: 'Lee Lead' }, flaggedAt);
      const run = (days: number) =>
        runRetention({ drafts: stores.drafts, state: stores.state, concerns, retentionDays: 180, now: () => new Date(flaggedAt.getTime() + days * DAY), log: silent });

      // A year on, the idle flagged draft is gone; the concern and its history are not.
      const yearOn = await run(365);
      expect(yearOn.deleted).toBe(1);
      expect(await stores.drafts.get(draftId)).toBeUndefined();
      expect((await concerns.get(id))?.actions).toHaveLength(1);
      expect(yearOn.concernsExpired).toBe(0);
      // Aged 15 when flagged: kept until 25, with a year added for a whole-years age.
      expect((await run(10 * 365)).concernsExpired).toBe(0);
      expect((await run(11 * 365 + 3)).concernsExpired).toBe(1);
      expect(await concerns.get(id)).toBeUndefined();
    }
  });
});
