import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Kai, 15 and in Year 10, chatting for himself in December 2026: a question of his own beside his step. */
const KAI: Seed = { today: '2026-12-07', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'travel on my own', theme: 'independent_living', needs: [] }] };

describe('a question asked with the step at the first outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['get the 14 bus to school on my own. do u know if theres an app that reads bus times out loud', 'get the 14 bus to school on my own'],
    ['walk to the shop by myself and back. is there an app that tells you the way?', 'walk to the shop by myself and back'],
    ['go to the cinema with my friends. do you know a good app for bus times', 'go to the cinema with my friends'],
    ['take the train to town with my mate. do you know where i can get a railcard', 'take the train to town with my mate'],
  ])('"%s": the step is kept and the question gets an honest reply', async (said, step) => {
    chat = (await startWith(KAI)).chat;
    const before = chat.all.length;
    await chat.say(said);
    const reply = saidIn(chat.all.slice(before));
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.statement.toLowerCase()).toContain(step.replace(/^get /, '').slice(0, 20));
    expect(reply).toMatch(/can't answer that question here/);
    expect(reply).toMatch(/key worker or school/);
    expect(reply).not.toMatch(/haven't kept it/);
  });

  it('a question on its own is still not kept as the step', async () => {
    chat = (await startWith(KAI)).chat;
    await chat.say('do u know if theres an app that reads bus times out loud');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it.each(['my dad hits me. do u know if theres an app to get help', 'they take my money on the bus. is there an app for that?'])(
    'a disclosure beside such a question is still heard: "%s"',
    async (said) => {
      chat = (await startWith(KAI)).chat;
      await chat.say(said);
      expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
      expect((await chat.draft())!.outcomes).toHaveLength(0);
    },
  );
});
