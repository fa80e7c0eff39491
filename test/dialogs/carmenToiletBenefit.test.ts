import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * Carmen, mum of Luca (5, not toilet trained), asked what using the toilet at school would do for him: "hed be more
 * comfy, no sore skin, and he wouldnt have to be taken out of class to be changed". What it would do for him, all of
 * it: never "That sounds hard. Are you OK?", and nothing of it lost.
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

const WORDS = 'hed be more comfy, no sore skin, and he wouldnt have to be taken out of class to be changed';

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('what being toilet trained would do for a young child', () => {
  it('her words: no check, all of it kept as what it would do for Luca', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, LUCA, TO_DOES_FOR_HIM);
    const replies = saidIn(await chat.say(WORDS));
    expect(replies).not.toMatch(/Are you OK/);
    expect(replies).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const doesForHim = (await chat.draft())?.outcomes[0]?.doesForMe ?? '';
    expect(doesForHim).toMatch(/more comfy/);
    expect(doesForHim).toMatch(/no sore skin/);
    expect(doesForHim).toMatch(/taken out of class to be changed/);
  });

  it('near-miss: "no sore skin, he is left in a wet nappy all day" is still heard', async () => {
    chat = await typedTo(Step.outcomeDoesForMe, LUCA, TO_DOES_FOR_HIM);
    const replies = saidIn(await chat.say('no sore skin, he is left in a wet nappy all day'));
    expect(replies).toMatch(new RegExp(`${CRISIS.source}|Are you OK`));
  });
});
