import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* Tilly, 22, answers "What would it do for you?"; an ordinary answer, even one typed at "Are you OK?", is never a worry. */

const MATES: SeedHope = { text: 'going out with mates without my mum', theme: 'friends_and_community', needs: ['mum has to come to help me'] };
const tilly = { today: '2026-12-03', name: 'Tilly', age: 22, hopes: [MATES] };

async function atDoesForMe(chat: Transcript): Promise<void> {
  await chat.say('go to the pub with my mates and a PA once a month');
  if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
  if (chat.step === Step.outcomeMeasure) await chat.say('i have been out 3 times without mum');
  expect(chat.step).toBe(Step.outcomeDoesForMe);
}

describe('what going out would do for Tilly', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"like a normal 22 yr old. my mates wouldnt have to plan around my mum" is kept, never "Are you OK?"', async () => {
    ({ chat } = await startWith(tilly));
    await atDoesForMe(chat);
    await chat.say('like a normal 22 yr old. my mates wouldnt have to plan around my mum');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.outcomes[0]?.doesForMe).toMatch(/normal 22/);
  });

  it.each(["i'd feel free and like a normal adult", 'go out more with my mates'])('"%s" typed at "Are you OK?" raises no flag', async (typed) => {
    ({ chat } = await startWith(tilly));
    await atDoesForMe(chat);
    await chat.say('everything is too much at the moment');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say(typed);
    if (chat.step === Step.safeguardingCheck) await chat.say(typed);
    expect((await chat.draft())!.flags).toEqual([]);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
