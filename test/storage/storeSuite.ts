import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAspiration, createDraft, setYoungPerson } from '../../src/domain/draft';
import { InvalidDraftError } from '../../src/errors';
import { ConflictError, UnknownConversationError, UnreadableDraftError } from '../../src/storage';
import type { Stores } from '../../src/storage/types';

/** One database, as several server instances would share it. */
export interface StoreTarget {
  /** A new, independent store instance on the same database (runs migrations as a starting server does). */
  open(): Promise<Stores>;
  /** Migration versions recorded in the database. */
  appliedMigrations(): Promise<number[]>;
  /** The stored text of each row of the draft's version history, oldest first. */
  versionRows(draftId: string): Promise<string[]>;
  /** Writes a draft row as version 1 straight into the table, past the stores (as an older release, or a hand, could have). */
  writeDraftJson(draftId: string, json: string): Promise<void>;
  destroy(): Promise<void>;
}

export type TargetFactory = () => Promise<StoreTarget>;

const hopingToDrive = (id: string) => addAspiration(createDraft({ id }), 'drive', 'independent_living').draft;
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** The behaviour every storage engine must show; each engine's test file runs it with its own factory. */
export function describeStores(engine: string, createTarget: TargetFactory): void {
  describe(`${engine} storage`, () => {
    let target: StoreTarget;
    let a: Stores;
    let b: Stores;
    const opened: Stores[] = [];
    const open = async (on: StoreTarget = target) => {
      const stores = await on.open();
      opened.push(stores);
      return stores;
    };

    beforeAll(async () => {
      target = await createTarget();
      a = await open();
      b = await open();
    });

    afterAll(async () => {
      for (const stores of opened) await stores.close();
      await target?.destroy();
    });

    describe('bot state', () => {
      it('reads back what was written, with an eTag, until it is deleted', async () => {
        const key = unique('state');
        expect(await a.state.read([key])).toEqual({});
        await a.state.write({ [key]: { step: 'welcome.name', answers: { mode: 'easy_read' } } });
        const read = await b.state.read([key, unique('missing')]);
        expect(Object.keys(read)).toEqual([key]);
        expect(read[key]).toMatchObject({ step: 'welcome.name', answers: { mode: 'easy_read' } });
        expect(typeof read[key].eTag).toBe('string');
        await b.state.delete([key, unique('missing')]);
        expect(await a.state.read([key])).toEqual({});
      });

      it('gives every write a new eTag', async () => {
        const key = unique('state');
        await a.state.write({ [key]: { n: 1 } });
        const first = (await a.state.read([key]))[key].eTag;
        await a.state.write({ [key]: { n: 2, eTag: first } });
        const second = (await a.state.read([key]))[key].eTag;
        expect(second).not.toBe(first);
      });

      it("says an item's eTag without reading it, as another instance wrote it, and nothing once deleted", async () => {
        const key = unique('state');
        expect(await a.state.eTagOf(key)).toBeUndefined();
        await b.state.write({ [key]: { n: 1 } });
        expect(await a.state.eTagOf(key)).toBe((await b.state.read([key]))[key].eTag);
        await a.state.delete([key]);
        expect(await b.state.eTagOf(key)).toBeUndefined();
      });

      it('rejects a write based on a stale eTag and keeps the stored value', async () => {
        const key = unique('state');
        await a.state.write({ [key]: { answer: 'first' } });
        const stale = (await a.state.read([key]))[key].eTag;
        await b.state.write({ [key]: { answer: 'second', eTag: stale } });
        await expect(a.state.write({ [key]: { answer: 'lost', eTag: stale } })).rejects.toBeInstanceOf(ConflictError);
        expect((await a.state.read([key]))[key]).toMatchObject({ answer: 'second' });
      });

      it("overwrites unconditionally with eTag '*' or no eTag", async () => {
        const key = unique('state');
        await a.state.write({ [key]: { answer: 'first' } });
        await b.state.write({ [key]: { answer: 'second' } });
        await a.state.write({ [key]: { answer: 'third', eTag: '*' } });
        expect((await b.state.read([key]))[key]).toMatchObject({ answer: 'third' });
      });

      it('writes nothing of a batch when one item in it is stale', async () => {
        const fresh = unique('state');
        const stale = unique('state');
        await a.state.write({ [stale]: { v: 1 } });
        const old = (await a.state.read([stale]))[stale].eTag;
        await a.state.write({ [stale]: { v: 2 } });
        await expect(a.state.write({ [fresh]: { v: 1 }, [stale]: { v: 3, eTag: old } })).rejects.toBeInstanceOf(ConflictError);
        expect(await a.state.read([fresh])).toEqual({});
        expect((await a.state.read([stale]))[stale]).toMatchObject({ v: 2 });
      });

      it('lets exactly one of two instances win a race on the same eTag', async () => {
        const key = unique('state');
        await a.state.write({ [key]: { turn: 0 } });
        const eTag = (await a.state.read([key]))[key].eTag;
        const results = await Promise.allSettled(
          [a, b, a, b].map((stores, turn) => stores.state.write({ [key]: { turn: turn + 1, eTag } })),
        );
        const winners = results.flatMap((result, index) => (result.status === 'fulfilled' ? [index + 1] : []));
        expect(winners).toHaveLength(1);
        for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConflictError);
        expect((await b.state.read([key]))[key]).toMatchObject({ turn: winners[0] });
      });
    });

    describe('Direct Line conversations', () => {
      it('keeps a conversation with its user, and creating it again changes nothing', async () => {
        const id = unique('conv');
        const createdAt = '2025-03-01T09:30:00.000Z';
        await a.directLine.createConversation({ id, userId: 'dl_person', createdAt });
        await b.directLine.createConversation({ id, userId: 'someone-else', createdAt: new Date().toISOString() });
        expect(await b.directLine.getConversation(id)).toEqual({ id, userId: 'dl_person', createdAt });
        const anonymous = unique('conv');
        await a.directLine.createConversation({ id: anonymous, createdAt });
        expect(await a.directLine.getConversation(anonymous)).toEqual({ id: anonymous, createdAt });
        expect(await a.directLine.getConversation(unique('conv'))).toBeUndefined();
      });

      it('gives unique, gap-free, ordered sequence numbers when two instances append at once', async () => {
        const id = unique('conv');
        await a.directLine.createConversation({ id, createdAt: new Date().toISOString() });
        const batches = Array.from({ length: 24 }, (_, batch) =>
          Array.from({ length: (batch % 3) + 1 }, (_, item) => ({ type: 'message', text: `${batch}.${item}` })),
        );
        const results = await Promise.all(batches.map((batch, index) => (index % 2 ? a : b).directLine.appendActivities(id, batch)));
        const total = batches.flat().length;
        expect(results.flat().sort((x, y) => x - y)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
        results.forEach((seqs) => seqs.forEach((seq, i) => i > 0 && expect(seq).toBe(seqs[i - 1]! + 1)));

        const listed = await b.directLine.listActivities(id, 0);
        expect(listed.map((row) => row.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
        batches.forEach((batch, index) =>
          batch.forEach((activity, item) => expect(listed[results[index]![item]! - 1]!.activity).toEqual(activity)),
        );
      });

      it('lists only activities after a watermark, oldest first, up to a limit', async () => {
        const id = unique('conv');
        await a.directLine.createConversation({ id, createdAt: new Date().toISOString() });
        await a.directLine.appendActivities(id, [{ text: 'one' }, { text: 'two' }, { text: 'three' }, { text: 'four' }]);
        const after = await b.directLine.listActivities(id, 2);
        expect(after).toEqual([
          { seq: 3, activity: { text: 'three' } },
          { seq: 4, activity: { text: 'four' } },
        ]);
        expect((await b.directLine.listActivities(id, 1, 2)).map((row) => row.seq)).toEqual([2, 3]);
        expect(await b.directLine.listActivities(id, 4)).toEqual([]);
      });

      it('clears what was said but keeps the conversation counting on, so later replies still arrive', async () => {
        const id = unique('conv');
        await a.directLine.createConversation({ id, userId: 'dl_person', createdAt: new Date().toISOString() });
        await a.directLine.appendActivities(id, [{ text: 'my name is Sam' }, { text: 'delete my data' }]);
        await b.directLine.clearActivities(id);
        expect(await a.directLine.listActivities(id, 0)).toEqual([]);
        expect(await a.directLine.getConversation(id)).toBeDefined();
        expect(await a.directLine.appendActivities(id, [{ text: 'deleted' }])).toEqual([3]);
        expect(await b.directLine.listActivities(id, 2)).toEqual([{ seq: 3, activity: { text: 'deleted' } }]);
      });

      it('lists conversations with nothing said since a time, for the retention job', async () => {
        const old = unique('conv');
        const recent = unique('conv');
        const silent = unique('conv');
        await a.directLine.createConversation({ id: old, createdAt: '2024-01-01T00:00:00.000Z' });
        await a.directLine.appendActivities(old, [{ text: 'hi', timestamp: '2024-01-02T10:00:00.000Z' }]);
        await a.directLine.createConversation({ id: recent, createdAt: '2024-01-01T00:00:00.000Z' });
        await a.directLine.appendActivities(recent, [{ text: 'hi', timestamp: '2024-01-02T10:00:00.000Z' }, { text: 'later', timestamp: '2024-07-01T10:00:00.000Z' }]);
        await a.directLine.createConversation({ id: silent, createdAt: '2024-02-01T00:00:00.000Z' });
        const idle = await b.directLine.idleConversations(new Date('2024-03-01T00:00:00.000Z'));
        expect(idle).toContain(old);
        expect(idle).toContain(silent);
        expect(idle).not.toContain(recent);
      });

      it('deletes a conversation with every activity, and a late reply cannot bring it back', async () => {
        const id = unique('conv');
        await a.directLine.createConversation({ id, userId: 'dl_person', createdAt: new Date().toISOString() });
        await a.directLine.appendActivities(id, [{ text: 'my name is Sam' }]);
        await b.directLine.deleteConversation(id);
        expect(await a.directLine.getConversation(id)).toBeUndefined();
        expect(await a.directLine.listActivities(id, 0)).toEqual([]);
        await expect(a.directLine.appendActivities(id, [{ text: 'late reply' }])).rejects.toBeInstanceOf(UnknownConversationError);
        expect(await a.directLine.listActivities(id, 0)).toEqual([]);

        await a.directLine.createConversation({ id, createdAt: new Date().toISOString() });
        expect(await a.directLine.appendActivities(id, [{ text: 'fresh start' }])).toEqual([1]);
      });
    });

    describe('drafts', () => {
      const youngPerson = { author: 'young_person' as const, summary: 'answered a question' };
      const at = new Date('2026-03-02T10:00:00.000Z');
      const named = (id: string, name: string) => setYoungPerson(createDraft({ id, now: at }), { name });
      const hoping = (id: string, ...hopes: string[]) => hopes.reduce((draft, text) => addAspiration(draft, text, null).draft, createDraft({ id, now: at }));

      it('keeps every saved version, with its author, summary and whole document, and reads it back parsed', async () => {
        const id = unique('draft');
        const vet = hoping(id, 'be a vet');
        const friends = hoping(id, 'be a vet', 'live with friends');
        const first = await a.drafts.save(id, vet, 0, youngPerson);
        expect(first).toMatchObject({ id, version: 1 });
        const second = await b.drafts.save(id, friends, 1, { author: 'key_worker', summary: 'added an aspiration' });
        expect(second.version).toBe(2);
        expect(await a.drafts.get(id)).toEqual({ id, version: 2, draft: friends, updatedAt: second.updatedAt });
        const versions = await a.drafts.versions(id);
        expect(versions.map(({ version, author, summary }) => ({ version, author, summary }))).toEqual([
          { version: 1, author: 'young_person', summary: 'answered a question' },
          { version: 2, author: 'key_worker', summary: 'added an aspiration' },
        ]);
        for (const version of versions) expect(Number.isNaN(Date.parse(version.at))).toBe(false);
        const asStored = (draft: unknown) => JSON.parse(JSON.stringify(draft)) as unknown;
        expect(await b.drafts.documentAt(id, 1)).toEqual(asStored(vet));
        expect(await b.drafts.documentAt(id, 2)).toEqual(asStored(friends));
        expect(await b.drafts.documentAt(id, 3)).toBeUndefined();
      });

      it('keeps a long history as changes, and reads back every version of it', async () => {
        const id = unique('draft');
        const saved: unknown[] = [];
        let draft = named(id, 'Sam');
        for (let answer = 1; answer <= 40; answer++) {
          draft =
            answer % 3 === 0
              ? setYoungPerson(draft, { name: `Sam ${answer}` })
              : addAspiration(draft, `hope number ${answer}, in my own words, said at some length`, null).draft;
          saved.push(JSON.parse(JSON.stringify(draft)));
          await (answer % 2 ? a : b).drafts.save(id, draft, answer - 1, youngPerson);
        }
        for (const [index, expected] of saved.entries()) expect(await a.drafts.documentAt(id, index + 1)).toEqual(expected);
        // Every row holds one answer's change, not the whole draft again.
        const rows = await target.versionRows(id);
        const whole = JSON.stringify(draft).length;
        expect(rows).toHaveLength(40);
        for (const row of rows) expect(row.length).toBeLessThan(whole / 4);
      });

      it('reads back every version of answers given turn after turn, from two instances, some turns giving two', async () => {
        const id = unique('draft');
        const saved: unknown[] = [];
        let draft = named(id, 'Sam');
        let version = 0;
        for (let turn = 1; turn <= 12; turn++) {
          const drafts = [];
          for (let answer = 0; answer < (turn % 4 === 0 ? 2 : 1); answer++) {
            draft = addAspiration(draft, `hope ${turn}.${answer}, in my own words`, null).draft;
            saved.push(JSON.parse(JSON.stringify(draft)));
            drafts.push({ id, document: draft, expectedVersion: version + answer, change: youngPerson });
          }
          // Mostly one instance, now and then the other: what one wrote last is not always what is stored.
          await (turn % 5 === 0 ? b : a).writeTurn({ drafts, state: {} });
          version += drafts.length;
        }
        for (const [index, expected] of saved.entries()) expect(await b.drafts.documentAt(id, index + 1)).toEqual(expected);
      });

      it('refuses a save from a stale version and keeps the newer document', async () => {
        const id = unique('draft');
        await a.drafts.save(id, named(id, 'One'), 0, youngPerson);
        await b.drafts.save(id, named(id, 'Two'), 1, youngPerson);
        await expect(a.drafts.save(id, named(id, 'Lost'), 1, youngPerson)).rejects.toBeInstanceOf(ConflictError);
        await expect(a.drafts.save(id, named(id, 'Lost'), 0, youngPerson)).rejects.toBeInstanceOf(ConflictError);
        expect(await a.drafts.get(id)).toMatchObject({ version: 2, draft: { youngPerson: { name: 'Two' } } });
        expect(await a.drafts.versions(id)).toHaveLength(2);
      });

      it("stores a turn's answers and its state together, and nothing of a turn built on a stale version", async () => {
        const id = unique('draft');
        const journey = `journey/${id}`;
        const saved = await a.writeTurn({
          drafts: [
            { id, document: named(id, 'Sam'), expectedVersion: 0, change: youngPerson },
            { id, document: hoping(id, 'be a vet'), expectedVersion: 1, change: youngPerson },
          ],
          state: { [journey]: { step: 'hopes', eTag: '*' } },
        });
        expect(saved.drafts.map((s) => s.version)).toEqual([1, 2]);
        expect(await b.drafts.get(id)).toMatchObject({ version: 2, draft: { aspirations: [{ text: 'be a vet' }] } });
        expect(await b.drafts.documentAt(id, 1)).toMatchObject({ youngPerson: { name: 'Sam' } });
        expect((await b.state.read([journey]))[journey]).toMatchObject({ step: 'hopes' });
        // Another tab saved version 3 first: the stale turn changes neither the draft nor the state.
        await b.drafts.save(id, hoping(id, 'be a vet', 'drive'), 2, youngPerson);
        await expect(
          a.writeTurn({
            drafts: [{ id, document: named(id, 'Lost'), expectedVersion: 2, change: youngPerson }],
            state: { [journey]: { step: 'lost', eTag: '*' } },
          }),
        ).rejects.toBeInstanceOf(ConflictError);
        expect(await a.drafts.get(id)).toMatchObject({ version: 3, draft: { aspirations: [{ text: 'be a vet' }, { text: 'drive' }] } });
        expect((await a.state.read([journey]))[journey]).toMatchObject({ step: 'hopes' });
      });

      it("writes nothing of a turn whose draft no longer matches the draft schema, and reads a draft another instance changed", async () => {
        const id = unique('draft');
        const journey = `journey/${id}`;
        await a.writeTurn({ drafts: [{ id, document: named(id, 'Sam'), expectedVersion: 0, change: youngPerson }], state: { [journey]: { step: 'welcome', eTag: '*' } } });
        expect(await a.drafts.get(id)).toMatchObject({ version: 1, draft: { youngPerson: { name: 'Sam' } } });
        const broken = { ...hoping(id, 'be a vet'), status: 'lost' };
        await expect(
          a.writeTurn({ drafts: [{ id, document: broken, expectedVersion: 1, change: youngPerson }], state: { [journey]: { step: 'hopes', eTag: '*' } } }),
        ).rejects.toBeInstanceOf(InvalidDraftError);
        expect(await a.drafts.versions(id)).toHaveLength(1);
        expect((await a.state.read([journey]))[journey]).toMatchObject({ step: 'welcome' });
        // The same draft written on the other instance is what the first one reads next.
        await b.writeTurn({ drafts: [{ id, document: hoping(id, 'be a vet'), expectedVersion: 1, change: youngPerson }], state: {} });
        expect(await a.drafts.get(id)).toMatchObject({ version: 2, draft: { aspirations: [{ text: 'be a vet' }] } });
        expect((await a.drafts.get(id))?.draft.youngPerson.name).toBeUndefined();
        // Stored as the schema gives it back: the instance that wrote it reads what any other reads.
        const spaced = hoping(id, 'be a vet');
        const untidy = { ...spaced, aspirations: spaced.aspirations.map((hope) => ({ ...hope, text: '  be a vet  ' })) };
        await a.writeTurn({ drafts: [{ id, document: untidy, expectedVersion: 2, change: youngPerson }], state: {} });
        expect((await a.drafts.get(id))?.draft).toEqual((await b.drafts.get(id))?.draft);
        expect((await a.drafts.get(id))?.draft.aspirations[0]?.text).toBe('be a vet');
      });

      it('lets exactly one of two instances save over the same version', async () => {
        const id = unique('draft');
        await a.drafts.save(id, named(id, 'Nobody'), 0, youngPerson);
        const results = await Promise.allSettled([a, b, a, b].map((stores, tab) => stores.drafts.save(id, named(id, `Tab ${tab}`), 1, youngPerson)));
        const winners = results.flatMap((result, tab) => (result.status === 'fulfilled' ? [tab] : []));
        expect(winners).toHaveLength(1);
        expect(await b.drafts.get(id)).toMatchObject({ version: 2, draft: { youngPerson: { name: `Tab ${winners[0]}` } } });
      });

      it('deletes a draft with all its versions, and an old save cannot bring it back', async () => {
        const id = unique('draft');
        await a.drafts.save(id, named(id, 'Sam'), 0, youngPerson);
        await a.drafts.save(id, setYoungPerson(named(id, 'Sam'), { age: 15 }), 1, youngPerson);
        await b.drafts.delete(id);
        expect(await a.drafts.get(id)).toBeUndefined();
        expect(await a.drafts.versions(id)).toEqual([]);
        expect(await target.versionRows(id)).toEqual([]);
        expect(await a.drafts.documentAt(id, 1)).toBeUndefined();
        await expect(a.drafts.save(id, named(id, 'Sam'), 2, youngPerson)).rejects.toBeInstanceOf(ConflictError);
        expect(await a.drafts.get(id)).toBeUndefined();
      });

      it('lists drafts not changed since a time', async () => {
        const id = unique('draft');
        const before = new Date(Date.now() - 60_000);
        await a.drafts.save(id, createDraft({ id }), 0, youngPerson);
        expect(await a.drafts.idleSince(before)).not.toContain(id);
        expect(await b.drafts.idleSince(new Date(Date.now() + 60_000))).toContain(id);
      });

      it('refuses to hand out a stored draft that no longer matches the draft schema, but the retention job can still read it', async () => {
        const id = unique('draft');
        await target.writeDraftJson(id, JSON.stringify({ schema: 'outcomes-draft/0', id, status: 'in_progress', flags: [{ category: 'neglect' }] }));
        await expect(a.drafts.get(id)).rejects.toBeInstanceOf(UnreadableDraftError);
        expect(await a.drafts.readUnchecked(id)).toMatchObject({ id, version: 1, document: { status: 'in_progress', flags: [{ category: 'neglect' }] } });
      });
    });

    describe('secrets', () => {
      it('gives every instance the first value created, even when they ask at once', async () => {
        const name = unique('secret');
        const [fromA, fromB] = await Promise.all([
          a.secrets.getOrCreate(name, () => 'value-from-a'),
          b.secrets.getOrCreate(name, () => 'value-from-b'),
        ]);
        expect(fromA).toBe(fromB);
        expect(await b.secrets.getOrCreate(name, () => 'another')).toBe(fromA);
      });
    });

    describe('lifecycle', () => {
      it('answers ping while open', async () => {
        await expect(a.ping()).resolves.toBeUndefined();
      });

      it('keeps everything across a restart', async () => {
        const first = await target.open();
        const key = unique('state');
        const conversation = unique('conv');
        const draft = unique('draft');
        const secret = unique('secret');
        await first.state.write({ [key]: { mode: 'easy_read' } });
        await first.directLine.createConversation({ id: conversation, createdAt: new Date().toISOString() });
        await first.directLine.appendActivities(conversation, [{ text: 'hello' }]);
        const driving = hopingToDrive(draft);
        await first.drafts.save(draft, driving, 0, { author: 'system', summary: 'started' });
        const value = await first.secrets.getOrCreate(secret, () => 'kept');
        await first.close();

        const second = await open();
        expect((await second.state.read([key]))[key]).toMatchObject({ mode: 'easy_read' });
        expect(await second.directLine.listActivities(conversation, 0)).toEqual([{ seq: 1, activity: { text: 'hello' } }]);
        expect(await second.directLine.appendActivities(conversation, [{ text: 'again' }])).toEqual([2]);
        expect(await second.drafts.get(draft)).toMatchObject({ version: 1, draft: driving });
        expect(await second.secrets.getOrCreate(secret, () => 'new')).toBe(value);
      });

      it('runs each migration once, however many instances start, even together', async () => {
        const fresh = await createTarget();
        try {
          const started = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
          const again = await fresh.open();
          const applied = await fresh.appliedMigrations();
          expect(applied.length).toBeGreaterThan(0);
          expect(new Set(applied).size).toBe(applied.length);
          expect(applied).toEqual([...applied].sort((x, y) => x - y));
          await started[0]!.state.write({ k: { v: 1 } });
          expect((await again.state.read(['k'])).k).toMatchObject({ v: 1 });
          for (const stores of [...started, again]) await stores.close();
        } finally {
          await fresh.destroy();
        }
      });
    });
  });
}
