import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A hope taken out (with its hard things) while "what helps?" is asked about it: the chat goes to
 * the next hope still kept, or on, and never asks about a hope with no words ("Your hope is: .").
 */

const JOB: SeedHope = { text: 'be a mechanic', theme: 'learning_and_work', needs: ['i cant fix cars'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: [] };

async function atHelps(hopes: SeedHope[]) {
  return startWith({
    today: '2026-12-03', age: 15, schoolYear: 10, hopes,
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  });
}

describe('a hope taken out at what helps', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['remove hope 1', 'delete the mechanic hope', 'take out hope 1'])('%j, then yes: the next hope is asked about', async (typed) => {
    ({ chat } = await atHelps([JOB, FRIENDS]));
    await chat.say(typed);
    const replies = saidIn(await chat.say('yes'));
    expect(replies).not.toMatch(/hope is: \./i);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['have more friends']);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
    expect(chat.lastQuestion?.activity.text).toMatch(/have more friends/);
  });

  it('the only hope with a hard thing taken out: the chat goes on, never a blank hope', async () => {
    ({ chat } = await atHelps([JOB]));
    await chat.say('remove hope 1');
    const replies = saidIn(await chat.say('yes'));
    expect(replies).not.toMatch(/hope is: \./i);
    expect(chat.step).not.toBe(Step.needsHelps);
    expect(chat.lastQuestion?.activity.text ?? '').not.toMatch(/hope is: \./i);
  });

  it('only the hard thing taken out: what is hard for the same hope is asked again', async () => {
    ({ chat } = await atHelps([JOB, FRIENDS]));
    await chat.say('take out i cant fix cars');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
  });
});
