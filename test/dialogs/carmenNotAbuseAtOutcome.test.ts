import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * Carmen, mum of Luca (5, global developmental delay, few words), told at "what makes it hard?" that he bites his hand
 * or bangs his head when frustrated. Later, at "what would it do for Luca?", she typed: "what adult?? you said no one
 * reads this. i havent taken anything back either, im just saying its not abuse. anyway. it would make it possible for
 * him to stay in class with his friends". That is no disclosure: no help lines, no new note, the first note never marked
 * as taken back. Her question is answered truly (who sees the note), and her answer is kept for the question asked.
 */

const PARENT = { who: 'A parent or carer', name: 'Luca', age: '5' } as const;
const TO_DOES_FOR_HIM: Typed = {
  [Step.hopesDream]: 'I want him to stay in class with the other children',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
  [Step.needsBarrier]: 'he has very few words and isnt toilet trained. when hes frustrated he bites his hand or bangs his head on the floor',
  [Step.safeguardingCheck]: 'carry on',
  [Step.needsHelps]: 'his visual timetable helps a bit',
  [Step.needsMore]: 'no',
  [Step.outcomeStep]: 'Luca will use the toilet at school with help by the summer',
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'he uses the toilet at school most days',
};
const HER_WORDS =
  'what adult?? you said no one reads this. i havent taken anything back either, im just saying its not abuse. anyway. it would make it possible for him to stay in class with his friends';

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('"im just saying its not abuse", beside an answer and a question about the note', () => {
  it('no help lines, no new note, nothing taken back; who reads it said truly; her answer kept', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, PARENT, TO_DOES_FOR_HIM);
    const before = (await chat.draft())?.flags ?? [];
    expect(before.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    const replies = saidIn(await chat.say(HER_WORDS));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Only you can see your answers/);
    expect(replies).toMatch(/Nobody reads this chat/);
    expect(replies).toMatch(/key worker/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    expect(draft?.flags.every((f) => !f.takenBackAt)).toBe(true);
    expect(draft?.outcomes[0]?.doesForMe).toBe('it would make it possible for him to stay in class with his friends');
  });

  it('"i havent taken anything back" beside an objection to the help lines: the note is never marked taken back', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, PARENT, TO_DOES_FOR_HIM);
    await chat.say('why are you giving me the NSPCC number?? its not abuse. i havent taken anything back');
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    expect(flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  it('near-miss: "he hits him but its not abuse" at the same question is still heard', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, PARENT, TO_DOES_FOR_HIM);
    const replies = saidIn(await chat.say('his dad hits him but its not abuse'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.length).toBe(2);
  });
});
