import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';

const HOPES = [
  { text: 'be a vet', theme: 'learning_and_work' as const, needs: [] },
  { text: 'get the bus on my own', theme: 'independent_living' as const, needs: [] },
];
const MORE: Position = { stage: 'hopes', step: Step.hopesMore };
const WITH_NOTE = (d: Draft): Draft => ({ ...d, flags: [{ kind: 'safeguarding', category: 'bullying', at: '2026-12-02T09:00:00.000Z', step: 'aboutMe.safe' }] });
const seeded = (at: (d: Draft) => Position = () => MORE, change?: (d: Draft) => Draft) =>
  startWith({ today: '2026-12-02', name: 'Sam', age: 12, schoolYear: 7, hopes: HOPES, at, ...(change ? { change } : {}) });
const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
const AT_NEEDS = (d: Draft): Position => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

describe('questions and complaints to the bot at the hopes are answered, never kept as hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['what hopes have u got saved for me?', 'what have you got saved for me', 'which hopes did you save', 'wat hopes have u kept']) {
    it(`"${said}": the hopes kept are listed, and the question asked again`, async () => {
      ({ chat } = await seeded());
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/1: "be a vet"[\s\S]*2: "get the bus on my own"/);
      expect(await hopesOf(chat)).toEqual(HOPES.map((h) => h.text));
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  for (const said of ['Did you write down my hope about the bus? Yes or no please', 'have u saved the bus one', 'is my hope about the bus saved?']) {
    it(`"${said}": yes, with that hope, and the list; nothing changes`, async () => {
      ({ chat } = await seeded());
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/^Yes[\s\S]*get the bus on my own[\s\S]*1: "be a vet"/);
      expect(await hopesOf(chat)).toEqual(HOPES.map((h) => h.text));
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  it('"did you keep my hope about going to france?", when none is about it: no, and the list', async () => {
    ({ chat } = await seeded());
    const replies = await chat.say('did you keep my hope about going to france?');
    expect(saidIn(replies)).toMatch(/^No[\s\S]*france[\s\S]*1: "be a vet"/);
    expect(await hopesOf(chat)).toEqual(HOPES.map((h) => h.text));
  });

  for (const said of ["I don't like that there is a note about abuse", 'why did you make a note about me', 'what is the note about abuse?']) {
    it(`"${said}", with a note kept: what the note is and who to talk to; no hope kept`, async () => {
      ({ chat } = await seeded(() => MORE, WITH_NOTE));
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/note[\s\S]*key worker/);
      expect(await hopesOf(chat)).toEqual(HOPES.map((h) => h.text));
      expect((await chat.draft())?.flags).toHaveLength(1);
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  it('"I don\'t like that there is a note about abuse" with no note kept: there is none, and who to talk to', async () => {
    ({ chat } = await seeded());
    const replies = await chat.say("I don't like that there is a note about abuse");
    expect(saidIn(replies)).toMatch(/no note[\s\S]*adult you trust/);
    expect(await hopesOf(chat)).toEqual(HOPES.map((h) => h.text));
  });

  it('at what makes a hope hard, the note asked about is answered and kept as nothing', async () => {
    ({ chat } = await seeded(AT_NEEDS, WITH_NOTE));
    await chat.say('why is there a note about me');
    expect((await chat.draft())?.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  for (const said of ['yes, to write a note to my nan every week', 'yes i want to drive a double decker one day']) {
    it(`"${said}": a real hope, kept`, async () => {
      ({ chat } = await seeded());
      await chat.say(said);
      expect(await hopesOf(chat)).toHaveLength(3);
    });
  }
});
