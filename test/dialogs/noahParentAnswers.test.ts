import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* A mum answers about Noah (2, Down syndrome): each answer is kept where it belongs. */

const noahAt = (step: StepId) => startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Noah', age: 2, hopes: [], at: () => ({ stage: 'aboutMe', step }) });

describe('praise said where support was asked is kept as what people like about him', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'he laughs loads and hes so cuddly, everyone at the playgroup loves him',
    "she's always smiling and giggling, the nursery staff adore her",
    'hes such a happy boy, always laughing',
    'everyone loves him, he gives the best cuddles',
    'he is so affectionate and laughs at everything',
  ]) {
    it(`keeps "${said}" with strengths, never with hard things, and asks again`, async () => {
      ({ chat } = await noahAt(Step.aboutMeSupport));
      const text = saidIn(await chat.say(said));
      expect(text).not.toMatch(/finds hard/);
      expect(chat.step).toBe(Step.aboutMeSupport);
      const draft = (await chat.draft())!;
      expect(draft.needs).toHaveLength(0);
      expect(draft.aboutMe.strengths).toEqual([said]);
      expect(draft.aboutMe.support ?? []).toHaveLength(0);
    });
  }

  for (const said of ['other kids laugh at him and it upsets him', 'people laugh at him when he cant say words']) {
    it(`leave alone: being laughed at is still hard: "${said}"`, async () => {
      ({ chat } = await noahAt(Step.aboutMeSupport));
      await chat.say(said);
      const draft = (await chat.draft())!;
      expect(draft.aboutMe.strengths).toHaveLength(0);
    });
  }

  it('leave alone: cuddles as help are kept as support', async () => {
    ({ chat } = await noahAt(Step.aboutMeSupport));
    await chat.say('give him cuddles when he is upset');
    expect((await chat.draft())!.aboutMe.support).not.toHaveLength(0);
  });
});

describe('hopes said where what people like about him was asked are kept as hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'for him to talk, even a few words, and to go to the same nursery as his big sister and have friends there',
    'for her to walk on her own one day',
    'would love for him to have friends',
    'hoping hell talk and make friends at nursery',
    'to be able to talk to us and have friends',
    'that he can talk one day and go to nursery with his sister',
  ]) {
    it(`keeps "${said}" as a hope, not a strength, and asks again`, async () => {
      ({ chat } = await noahAt(Step.aboutMeStrengths));
      const text = saidIn(await chat.say(said));
      expect(text).toMatch(/sounds like a hope/);
      expect(text).not.toMatch(/lovely to hear/);
      expect(chat.step).toBe(Step.aboutMeStrengths);
      const draft = (await chat.draft())!;
      expect(draft.aboutMe.strengths).toHaveLength(0);
      expect(draft.aspirations.length).toBeGreaterThan(0);
    });
  }

  for (const said of ['for a 2 year old he is so clever', 'to be honest hes really cheeky and funny', 'that he can count to ten']) {
    it(`leave alone: "${said}" is a strength`, async () => {
      ({ chat } = await noahAt(Step.aboutMeStrengths));
      await chat.say(said);
      const draft = (await chat.draft())!;
      expect(draft.aspirations).toHaveLength(0);
      expect(draft.aboutMe.strengths).toHaveLength(1);
    });
  }

  it('the kept hope is offered at the hopes question', async () => {
    ({ chat } = await noahAt(Step.aboutMeStrengths));
    await chat.say('for him to talk, even a few words, and to go to the same nursery as his big sister and have friends there');
    for (let i = 0; i < 6 && chat.step !== Step.hopesMore; i++) await chat.say(chat.step === Step.aboutMeSafe ? 'yes' : 'he loves music');
    expect(chat.step).toBe(Step.hopesMore);
    expect(chat.lastQuestion?.activity.text).toMatch(/You told me a hope for Noah earlier: "to talk/);
  });
});
