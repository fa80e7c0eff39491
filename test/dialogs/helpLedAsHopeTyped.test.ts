import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Typed by a parent: help led in as a dream ("hoping for OT and physio") is kept as help, not as a
 * hope; at the step question, a vague step with a remark after it is coached, a real one is not.
 */

const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];
const helpOf = async (chat: Transcript) => (await chat.draft())?.aboutMe.support ?? [];

const SCHOOL: SeedHope = { text: 'get on well at school', theme: 'learning_and_work', needs: ['he gets told off a lot'] };

describe('help led in as a dream, typed at the hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['hoping for OT and physio. and a proper wheelchair that fits her', /physio/],
    ["Honestly my dream at this point is that CAMHS actually see her. We've been on the list forever.", /CAMHS/],
  ])('"%s" is kept as help and the dream is asked again', async (typed, kept) => {
    chat = await throughWelcome({ name: 'Maya', age: '9', who: 'A parent or carer' });
    await throughAboutMe(chat);
    await chat.say(typed);
    expect((await helpOf(chat)).join(' | ')).toMatch(kept);
    expect((await hopesOf(chat)).join(' | ')).not.toMatch(kept);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('"my dream is that she plays football for england" is kept as a hope', async () => {
    chat = await throughWelcome({ name: 'Maya', age: '9', who: 'A parent or carer' });
    await throughAboutMe(chat);
    await chat.say('my dream is that she plays football for england');
    expect((await hopesOf(chat)).join(' | ')).toMatch(/football/);
  });
});

describe('a vague step with a remark after it, typed at the step question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["improve his behaviour. the school say he's 'disruptive' whatever that means", 'improve. thats it really'])(
    '"%s" is coached before it is kept',
    async (typed) => {
      ({ chat } = await startWith({ today: '2026-12-05', name: 'Leo', age: 10, schoolYear: 5, hopes: [SCHOOL] }));
      await chat.say(typed);
      expect(chat.step).toBe(Step.outcomeStep);
    },
  );

  it('"walk to school on his own, the school say he\'s ready" goes on to "by when?"', async () => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Leo', age: 10, schoolYear: 5, hopes: [SCHOOL] }));
    await chat.say("walk to school on his own, the school say he's ready");
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
