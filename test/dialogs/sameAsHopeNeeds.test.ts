import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * At "what makes this hard?", a young person points at another hope by its words: "its the same
 * as the artist one, can u just join them together". That hope's hard things are linked to this
 * one; nothing they said is kept as a hard thing of its own.
 */

const ARTIST: SeedHope = { text: 'be an artist', theme: 'learning_and_work', needs: ['i find it hard to hold a pencil', 'busy rooms'] };
const GALLERY: SeedHope = { text: 'go to art galleries with friends', theme: 'friends_and_community', needs: [] };
const FLAT: SeedHope = { text: 'live in a flat', theme: 'independent_living', needs: ['money'] };

describe('"the same as the X one" at the needs links that hope\'s hard things', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"its the same as the artist one, can u just join them together" links the artist hope\'s needs and keeps no new need', async () => {
    const { chat: c } = await startWith({ today: '2026-12-03', age: 15, schoolYear: 10, hopes: [ARTIST, FLAT, GALLERY], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[2]!.id }) });
    chat = c;
    const replies = await chat.say('its the same as the artist one, can u just join them together');
    expect(saidIn(replies)).toMatch(/pencil/);
    expect(saidIn(replies)).toMatch(/join the two hopes into one at the end/);
    expect(chat.step).toBe(Step.needsMore);
    const draft = (await chat.draft())!;
    const gallery = draft.aspirations[2]!.id;
    expect(draft.needs.filter((n) => n.aspirationIds.includes(gallery)).map((n) => n.text).sort()).toEqual(['busy rooms', 'i find it hard to hold a pencil']);
    expect(JSON.stringify(draft.needs)).not.toMatch(/join|artist one/);
  });

  it('"same as for the flat one and also lifts" links money and keeps "lifts"', async () => {
    const { chat: c } = await startWith({ today: '2026-12-03', age: 15, schoolYear: 10, hopes: [ARTIST, FLAT, GALLERY], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[2]!.id }) });
    chat = c;
    await chat.say('same as for the flat one and also lifts');
    const draft = (await chat.draft())!;
    const gallery = draft.aspirations[2]!.id;
    expect(draft.needs.filter((n) => n.aspirationIds.includes(gallery)).map((n) => n.text).sort()).toEqual(['lifts', 'money']);
  });
});
