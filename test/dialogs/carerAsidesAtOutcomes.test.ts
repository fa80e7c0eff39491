import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * Wendy, Alfie's grandmother, at the outcomes: she asks which hope the bot is on, and asks for an
 * outcome for a hope in her own formal words. Neither is ever kept as an outcome.
 */

const HOPES: SeedHope[] = [
  { text: 'I should like Alfie to be able to tell us what he needs', theme: 'health_and_wellbeing', needs: ['he has very few words and gets upset when we do not understand'] },
  { text: 'I should like him to have a friend', theme: 'friends_and_community', needs: ["he doesn't know how to join in with other children"] },
];
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const at = (step: StepId, index: number) => parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, { at: atOutcome(step, { hope: index }) });

describe('a carer asking which hope the bot is on', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['are we now talking about the friend hope?', 1],
    ['Are we still on the talking one?', 0],
    ['Is this about the friend hope?', 1],
  ])('%j at the outcome step names the hope and asks again, keeping nothing', async (typed, index) => {
    const started = await startWith(at(Step.outcomeStep, index));
    chat = started.chat;
    const replies = all(await chat.say(typed));
    expect(replies).toContain(started.seeded.aspirations[index]!.text);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[index]!.id);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });
});

describe('a carer asking for an outcome for a hope, in her own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.outcomeStep, 'I will like one for the friend hope'],
    [Step.outcomeStep, 'I would like one for the friend hope, please'],
    [Step.outcomeStep, "I'd like to make one for the friend hope"],
    [Step.outcomeAnother, 'I will like one for the friend hope'],
  ])('at %s, %j asks the step for the friend hope and keeps no outcome', async (step, typed) => {
    const started = await startWith(at(step, 0));
    chat = started.chat;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });
});
