import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Dev (16, Year 11) types short things to the bot in the middle of the questions: "do u like
 * footbal", "wat", "wait. u stored wat?", "wanna play ps5 now", "gud". Each is answered in a few
 * words and the question comes again; none of it is kept in his plan.
 */

const KITCHEN: SeedHope = { text: 'job in kichen', theme: 'learning_and_work', needs: [] };
const FLAT: SeedHope = { text: 'live in flat wiv sam', theme: 'independent_living', needs: [] };
const dev = { today: '2026-12-03', name: 'Dev', age: 16, schoolYear: 11, hopes: [KITCHEN, FLAT] };

/** "count change in shop" at the kitchen job: the bot asks whether it fits the flat better, and Dev keeps it where it is. */
async function stepForTheKitchenJob(chat: Transcript): Promise<void> {
  expect(saidIn(await chat.say('count change in shop'))).toMatch(/Shall I put it there\?/);
  await chat.say('no its for the job');
  expect(chat.step).toBe(Step.outcomeWhen);
}

async function everything(chat: Transcript): Promise<string> {
  const draft = await chat.draft();
  return JSON.stringify([draft?.needs, draft?.outcomes]);
}

describe('short talk to the bot at the needs and outcome questions is never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"do u like footbal" at "anything else hard?" and "wat" at "what helps?" keep nothing', async () => {
    ({ chat } = await startWith({ ...dev, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('noisy kichens');
    expect(chat.step).toBe(Step.needsHelps);
    const what = await chat.say('wat');
    expect(chat.step).toBe(Step.needsHelps);
    expect(saidIn(what)).toMatch(/For example/);
    await chat.say('ear defenders');
    expect(chat.step).toBe(Step.needsMore);
    const footy = await chat.say('do u like footbal');
    expect(saidIn(footy)).toMatch(/computer program/);
    expect(chat.step).toBe(Step.needsMore);
    const kept = await everything(chat);
    expect(kept).not.toMatch(/footbal|"wat"/);
    expect(kept).toMatch(/ear defenders/);
  });

  it('"wait. u stored wat?" says what was kept, and "take it out" takes it out', async () => {
    ({ chat } = await startWith({ ...dev, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) }));
    await chat.say('money and cooking on own');
    const asked = await chat.say('wait. u stored wat?');
    expect(saidIn(asked)).toMatch(/I kept this: "money and cooking on own"/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await everything(chat)).not.toMatch(/stored/);
    await chat.say('take it out');
    expect(await everything(chat)).not.toMatch(/money and cooking/);
  });

  it('"wanna play ps5 now" and "gud" at an outcome\'s questions keep nothing; "gud" for how he would feel is kept', async () => {
    ({ chat } = await startWith({ ...dev }));
    // Counting change fits the flat: Dev says yes to moving it there.
    expect(saidIn(await chat.say('count change in shop'))).toMatch(/Shall I put it there\?/);
    await chat.say('yes');
    await chat.say('by summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('i buy my lunch and check change');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const ps5 = await chat.say('wanna play ps5 now');
    expect(saidIn(ps5)).toMatch(/stop now and come back later/);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('gud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('work in kichen');
    expect(chat.step).toBe(Step.outcomeProvides);
    const bare = await chat.say('gud');
    expect(saidIn(bare)).toMatch(/say a bit more/);
    expect(chat.step).toBe(Step.outcomeProvides);
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.doesForMe).toBe('gud');
    expect(JSON.stringify(outcome)).not.toMatch(/ps5/);
    expect(outcome?.provision ?? []).toEqual([]);
  });

  it('"gud" at "how will people know?" after the time was passed over is not kept', async () => {
    ({ chat } = await startWith({ ...dev }));
    await stepForTheKitchenJob(chat);
    await chat.say('sum help');
    await chat.say('sum help again');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('gud');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure).toBeFalsy();
  });
});
