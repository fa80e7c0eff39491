import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { SAM_SWIM as SWIM, SAM_TOILET as TOILET, samSwimAndToilet } from './reviewSeed';

/*
 * At the review, every part of a goal can be changed by typing: how everyone will know (the
 * measure), what it does for me and what it makes possible. The goal is named by its words or its
 * place ("outcome 2"); with new words the change is read back for a yes, without them the bot asks.
 */

const seed = () => samSwimAndToilet({ doesForMe: 'i feel big', makesPossible: 'go on holiday' });

const fieldsOf = async (chat: Transcript) =>
  Object.fromEntries((await chat.draft())!.outcomes.map((o) => [o.statement, { measure: o.measure, doesForMe: o.doesForMe, makesPossible: o.makesPossible }]));

describe('a goal\'s other parts changed by typing at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['change how we will know for the swimming one to: she swims 10 metres on her own', SWIM, { measure: 'she swims 10 metres on her own' }],
    ['change the measure for the toilet goal to she goes on her own 3 days a week', TOILET, { measure: 'she goes on her own 3 days a week' }],
    ['change what it makes possible for the toilet one to go to a sleepover', TOILET, { makesPossible: 'go to a sleepover' }],
  ])('"%s", then yes, changes only that part', async (typed, goal, changed) => {
    ({ chat } = await startWith(seed()));
    expect(saidIn(await chat.say(typed))).toMatch(/\?/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const after = await fieldsOf(chat);
    const before = { measure: 'her teacher sees it', doesForMe: 'i feel big', makesPossible: 'go on holiday' };
    expect(after[goal]).toEqual({ ...before, ...changed });
    expect(after[goal === SWIM ? TOILET : SWIM]).toEqual(before);
  });

  it.each([
    ['the measure for outcome 2 is wrong', TOILET, 'measure'],
    ['the measure for the swimming one is wrong', SWIM, 'measure'],
    ['what it does for me on the swimming goal is wrong', SWIM, 'doesForMe'],
  ] as const)('"%s" asks for the new words, then keeps them there', async (typed, goal, field) => {
    ({ chat } = await startWith(seed()));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/What would you like it to say instead\?/);
    await chat.say('she does it 3 times in a row');
    const after = await fieldsOf(chat);
    expect(after[goal]![field]).toBe('she does it 3 times in a row');
  });
});
