import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* At "anything else in the way?" for one hope, Noah's mum names the other hope the hard thing is for. */

const HOPES = [
  { text: 'to talk, even a few words', theme: 'learning_and_work' as const, needs: ['he only says a few sounds'] },
  { text: 'to go to the same nursery as his big sister and have friends there', theme: 'friends_and_community' as const, needs: [] },
];
const noahAtMore = () =>
  startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Noah', age: 2, hopes: HOPES, at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }) });

const needsOf = async (chat: Transcript, hope: number) => {
  const draft = (await chat.draft())!;
  const id = draft.aspirations[hope]!.id;
  return draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
};

describe('a hard thing said for the hope it names', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, hard] of [
    ['yes the hope about friends, hes shy with other kids and sometimes bites when he gets frustrated', 'hes shy with other kids and sometimes bites when he gets frustrated'],
    ["yeah the friends one - he's shy with other kids", "he's shy with other kids"],
    ["for the nursery hope: he bites when he's cross", "he bites when he's cross"],
    ["and the hope about his sister's nursery, he cant manage the stairs", 'he cant manage the stairs'],
    ['the friends bit. hes shy around other children', 'hes shy around other children'],
  ]) {
    it(`keeps "${hard}" with the hope named, without the pointer, from "${said}"`, async () => {
      ({ chat } = await noahAtMore());
      saidIn(await chat.say(said!));
      expect(await needsOf(chat, 1)).toEqual([hard]);
      expect(await needsOf(chat, 0)).toEqual(['he only says a few sounds']);
      expect(chat.step).toBe(Step.needsMore);
    });
  }

  it('the named hope is not asked about from scratch: its hard thing is read back', async () => {
    ({ chat } = await noahAtMore());
    await chat.say('yes the hope about friends, hes shy with other kids and sometimes bites when he gets frustrated');
    const text = saidIn(await chat.say('no'));
    expect(chat.step).toBe(Step.needsBarrier);
    expect(text).toMatch(/You told me: "hes shy with other kids/);
  });

  it('pointing at this same hope keeps the hard thing without the pointer', async () => {
    ({ chat } = await noahAtMore());
    await chat.say('yes the talking one, he only has a few signs');
    expect(await needsOf(chat, 0)).toEqual(['he only says a few sounds', 'he only has a few signs']);
  });

  for (const said of ['yes the other kids are mean, he gets upset', 'yes the one thing is he gets tired']) {
    it(`leave alone: "${said}" names no hope and is kept for this one`, async () => {
      ({ chat } = await noahAtMore());
      await chat.say(said);
      expect(await needsOf(chat, 1)).toEqual([]);
      expect((await needsOf(chat, 0)).length).toBe(2);
    });
  }
});

const noahAtSecondHope = () =>
  startWith({
    today: '2026-12-02', who: 'parent_carer', name: 'Noah', age: 2,
    hopes: [{ ...HOPES[0]!, needs: ['he only says a few sounds', 'hes shy with other kids and sometimes bites when he gets frustrated'] }, HOPES[1]!],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }),
  });

describe('a hard thing said already, pointed at for the next hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'i told you already, the shyness and biting',
    'ive already said, his shyness and the biting',
    'like i said, the shyness and biting',
    'i told u before the biting',
    'i have already told you his shyness',
  ]) {
    it(`links the earlier hard thing to this hope too and moves on: "${said}"`, async () => {
      ({ chat } = await noahAtSecondHope());
      const text = saidIn(await chat.say(said));
      expect(text).not.toMatch(/haven't kept this message/);
      const draft = (await chat.draft())!;
      const shy = draft.needs.find((n) => n.text.startsWith('hes shy'))!;
      expect(shy.aspirationIds).toEqual([draft.aspirations[0]!.id, draft.aspirations[1]!.id]);
      expect(draft.needs).toHaveLength(2);
      expect(chat.step).toBe(Step.needsMore);
    });
  }

  it('leave alone: a disclosure after "i told you already" is still heard', async () => {
    ({ chat } = await noahAtSecondHope());
    await chat.say('i told you already, his dad hits him when he bites');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});

const LAUGHS = 'he laughs loads and hes so cuddly';
const noahAtLinkOffer = () =>
  startWith({
    today: '2026-12-02', who: 'parent_carer', name: 'Noah', age: 2,
    hopes: HOPES,
    change: (d) => addNeed(d, LAUGHS, []).draft,
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id, data: { link: d.needs.find((n) => n.text === LAUGHS)!.id } }),
  });

describe('a good thing kept as hard, put right at "which hope does it get in the way of?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'thats not hard!! thats a good thing about him',
    'it isnt a problem, its one of his best bits',
    'thats a strength not a need',
    "that's not a hard thing, it's something we love about him",
    'no thats a positive about him not a problem',
  ]) {
    it(`moves it to what people like about him: "${said}"`, async () => {
      ({ chat } = await noahAtLinkOffer());
      expect(chat.lastQuestion?.activity.text).toMatch(/Which hope does it get in the way of/);
      const text = saidIn(await chat.say(said));
      expect(text).not.toMatch(/didn't catch that/);
      const draft = (await chat.draft())!;
      expect(draft.needs.map((n) => n.text)).not.toContain(LAUGHS);
      expect(draft.aboutMe.strengths).toContain(LAUGHS);
    });
  }

  for (const said of ['the friends one', 'none of them', 'take it out']) {
    it(`leave alone: "${said}" is answered as before`, async () => {
      ({ chat } = await noahAtLinkOffer());
      await chat.say(said);
      expect((await chat.draft())!.aboutMe.strengths).toHaveLength(0);
    });
  }
});
