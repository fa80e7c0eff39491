import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const OWN_PLACE: SeedHope = { text: 'I want to live in my own flat', theme: 'independent_living', needs: ['help with money and bills'] };

/** At "What would it do for you?", a hope's gain that tells of someone is heard; an ordinary freedom is kept as the answer. */
describe('what it would do for them, when it tells of someone', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atDoesForMe(): Promise<Transcript> {
    const { chat: c } = await startWith({ today: '2025-03-10', who: 'self', name: 'Kai', age: 16, schoolYear: 11, hopes: [OWN_PLACE] });
    chat = c;
    await chat.say('pay my own bills in my own flat by the time im 18');
    for (let i = 0; i < 4 && chat.step !== Step.outcomeDoesForMe; i++) await chat.say(chat.step === Step.outcomeWhen ? 'by the time im 18' : 'my support worker sees me pay them each month');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    return chat;
  }

  it('"i wouldnt have to wait for him to finish with me" gets the safety answer and a flag', async () => {
    const chat = await atDoesForMe();
    await chat.say('i wouldnt have to wait for him to finish with me');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags[0]).toMatchObject({ kind: 'safeguarding', category: 'sexual_abuse', step: Step.outcomeDoesForMe });
  }, 60_000);

  it('"id feel free of him" is not passed over', async () => {
    const chat = await atDoesForMe();
    await chat.say('id feel free of him');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('"id be free to go out on my own" is kept as what it does for them', async () => {
    const chat = await atDoesForMe();
    await chat.say('id be free to go out on my own');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags ?? []).toHaveLength(0);
    expect((await chat.draft())?.outcomes[0]?.doesForMe).toMatch(/free to go out/);
  });
});
