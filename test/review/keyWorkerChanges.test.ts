import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAboutMe, addComment, type Draft } from '../../src/domain/draft';
import { createLogger } from '../../src/log';
import type { YoungPersonNotice } from '../../src/review/context';
import { changeSharedDraft, describeChange, type KeyWorkerChangeDeps } from '../../src/review/keyWorkerChanges';
import { createStores, type DraftStore, type Stores } from '../../src/storage';
import { sampleDraft } from './harness';

const CODE = 'HKMNPRTW';
let dir: string;
let stores: Stores;
let sam: { id: string; name: string };
let told: { draftId: string; notice: YoungPersonNotice }[];

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kw-changes-'));
  stores = await createStores({ dataDir: dir });
  const added = await stores.keyWorkers.addKeyWorker({ email: 'sam@school.example', name: 'Sam Jones', passwordHash: 'h' }, new Date());
  sam = { id: added!.id, name: added!.name };
  await stores.invitations.createInvitation({ code: CODE, keyWorkerId: sam.id, createdAt: new Date().toISOString() });
  told = [];
});

afterEach(async () => {
  await stores.close();
  rmSync(dir, { recursive: true, force: true });
});

const deps = (drafts: DraftStore = stores.drafts): KeyWorkerChangeDeps => ({
  drafts,
  log: createLogger({ level: 'silent' }),
  now: () => new Date('2026-03-02T10:00:00Z'),
  notifyYoungPerson: async (draft, notice) => {
    told.push({ draftId: draft.id, notice });
    return true;
  },
});

async function shared(id: string): Promise<Draft> {
  const draft = sampleDraft({ id, invitationCode: CODE, shared: true, name: 'Alex' });
  await stores.drafts.save(id, draft, 0, { author: 'young_person', summary: 'shared' });
  return draft;
}

/** The young person saves just before each of the key worker's saves, `times` times. */
function racingYoungPerson(times: number): DraftStore {
  let left = times;
  return {
    ...stores.drafts,
    async save(id, draft, expectedVersion, change) {
      if (left > 0 && change.author === 'key_worker') {
        left -= 1;
        const current = (await stores.drafts.get(id))!;
        await stores.drafts.save(id, addAboutMe(current.draft, 'important', `my family ${left}`), current.version, { author: 'young_person', summary: 'answered' });
      }
      return stores.drafts.save(id, draft, expectedVersion, change);
    },
  };
}

describe('a key worker changes a shared draft', () => {
  it('keeps both when the young person saved at the same moment: the change is made again on their newer version', async () => {
    await shared('race');
    const result = await changeSharedDraft(deps(racingYoungPerson(1)), sam, 'race', { kind: 'comment', text: 'Lovely start' }, { via: 'review' });
    expect(result).toMatchObject({ outcome: 'saved', change: { kind: 'comment' }, told: true });
    const stored = (await stores.drafts.get('race'))!;
    expect(stored.draft.aboutMe.important).toContain('my family 0');
    expect(stored.draft.comments.map((c) => [c.by, c.text])).toEqual([['Sam Jones', 'Lovely start']]);
    expect((await stores.drafts.versions('race')).map((v) => [v.author, v.summary])).toEqual([
      ['young_person', 'shared'],
      ['young_person', 'answered'],
      ['key_worker', 'Sam Jones: comment on the whole draft'],
    ]);
    expect(told).toEqual([{ draftId: 'race', notice: 'comment' }]);
  });

  it('gives up without losing anything when the young person keeps saving first', async () => {
    await shared('busy');
    const result = await changeSharedDraft(deps(racingYoungPerson(3)), sam, 'busy', { kind: 'comment', text: 'Lovely start' }, { via: 'teams' });
    expect(result).toEqual({ outcome: 'busy' });
    const stored = (await stores.drafts.get('busy'))!;
    expect(stored.draft.comments).toEqual([]);
    expect(stored.draft.aboutMe.important).toEqual(expect.arrayContaining(['my family 0', 'my family 1', 'my family 2']));
    expect(told).toEqual([]);
  });

  it('acts only on the version a card showed, and only on a draft still shared with this key worker', async () => {
    await shared('seen');
    const agree = { kind: 'status', status: 'agreed', confirmed: true } as const;
    expect(await changeSharedDraft(deps(), sam, 'seen', agree, { basis: 7, via: 'teams' })).toMatchObject({ outcome: 'stale', shared: { version: 1 } });
    expect(await changeSharedDraft(deps(), { id: 'someone-else', name: 'Other' }, 'seen', agree, { via: 'review' })).toEqual({ outcome: 'not_shared' });
    expect(await changeSharedDraft(deps(), sam, 'seen', agree, { basis: 1, via: 'teams' })).toMatchObject({ outcome: 'saved', version: 2, draft: { status: 'agreed' } });
  });

  it('asks before agreeing a draft that still has open comments, unless that was confirmed', () => {
    const now = new Date('2026-03-02T10:00:00Z');
    const commented = addComment(sampleDraft({ id: 'open', name: 'Alex' }), { text: 'Could you say when?', by: 'Sam Jones', at: now }).draft;
    expect(describeChange(commented, { kind: 'status', status: 'agreed', confirmed: false }, 'Sam Jones', now)).toBe('needs_confirmation');
    expect(describeChange(commented, { kind: 'status', status: 'agreed', confirmed: true }, 'Sam Jones', now)).toMatchObject({
      kind: 'agreed',
      summary: 'Sam Jones: agreed',
      notice: 'agreed',
      draft: { status: 'agreed' },
    });
    expect(describeChange(commented, { kind: 'comment', itemId: 'no-such-item', text: 'Hm' }, 'Sam Jones', now)).toBe('incomplete');
  });
});
