import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A boy typing as he speaks tells a funny story with "lol" at a question about his hope. It shares
 * nothing with the hope, so it is smiled at and never kept; the question comes again. "it helps me
 * run faster lol" still answers.
 */

const MASON = { who: 'Me, about myself', name: 'Mason', age: '15' } as const;
const TO_HELPS: Typed = {
  [Step.hopesDream]: 'I want to be in the football team',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
  [Step.needsBarrier]: 'running fast is hard',
};
const TO_DOES_FOR_ME: Typed = {
  ...TO_HELPS,
  [Step.needsHelps]: 'my coach helps me',
  [Step.needsMore]: 'no',
  [Step.outcomeStep]: 'I will run to the end of the pitch without stopping',
  [Step.outcomeWhen]: 'in a year',
  [Step.outcomeMeasure]: 'I play in a match',
};

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a funny story at a question about a hope', () => {
  it('"Alfie kiked me in fotbal it was a accident lol" at "what helps?" is not kept as help', async () => {
    chat = await typedTo(Step.needsHelps, MASON, TO_HELPS);
    const replies = saidIn(await chat.say('Alfie kiked me in fotbal it was a accident lol'));
    expect(replies).toMatch(/sounds funny/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs.flatMap((n) => n.helps ?? [])).toEqual([]);
  });

  it('"it helps me run faster lol" at "what helps?" is kept', async () => {
    chat = await typedTo(Step.needsHelps, MASON, TO_HELPS);
    const replies = saidIn(await chat.say('it helps me run faster lol'));
    expect(replies).not.toMatch(/sounds funny/);
    expect(chat.step).not.toBe(Step.needsHelps);
  });

  it.each(['biscuit ate mi sok yesterday lol', 'my sister fell in the mud today haha'])('"%s" at "what would it do for you?" is not kept', async (typed) => {
    chat = await typedTo(Step.outcomeDoesForMe, MASON, TO_DOES_FOR_ME);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/sounds funny/);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())?.outcomes[0]?.doesForMe ?? null).toBeNull();
  });

  it('"my dog helps me calm down lol" at "what would it do for you?" is kept', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, MASON, TO_DOES_FOR_ME);
    await chat.say('my dog helps me calm down lol');
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
  });
});
