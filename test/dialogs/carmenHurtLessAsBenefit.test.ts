import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * Carmen told at "what makes it hard?" that Luca (5) bites his hand or bangs his head when frustrated; it was noted.
 * Later, asked what an outcome would do for him, she typed "hed not hurt himself as much". The same matter, said as a
 * benefit: kept as what it would do for Luca, with no reminder of the help lines ("thats actually quite upsetting").
 */

const LUCA = { who: 'A parent or carer', name: 'Luca', age: '5' } as const;
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

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('the self-injury already noted, said again as what an outcome would do', () => {
  it('"hed not hurt himself as much": kept as the benefit, no help lines again, no second note', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, LUCA, TO_DOES_FOR_HIM);
    const replies = saidIn(await chat.say('hed not hurt himself as much'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/You told me about this before/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const draft = await chat.draft();
    expect(draft?.outcomes[0]?.doesForMe).toBe('hed not hurt himself as much');
    expect(draft?.flags).toHaveLength(1);
  });

  it('near-miss: "he would not hurt himself as much if his dad stopped hitting him" is heard', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, LUCA, TO_DOES_FOR_HIM);
    const replies = saidIn(await chat.say('he would not hurt himself as much if his dad stopped hitting him'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toContain('harm_from_others');
  });
});
