import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * A grandmother types for Lily, 6. Help given at school is education's (Section F) whoever typed it:
 * the family asking for it does not make it the family's or social care's.
 */
const TOILET: SeedHope = { text: 'use the toilet on her own at school', theme: 'independent_living', needs: [] };

const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'her teacher will tell me',
  [Step.outcomeDoesForMe]: 'she would feel proud',
  [Step.outcomeMakesPossible]: 'she could go on school trips',
};

describe('help at school asked for by a grandmother', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['An adult at school to help her with the toilet', 'someone at school to take her to the toilet every hour', 'a carer at school to help her with the toilet', 'a support worker in school to change her'])('"%s" is given by education', async (help) => {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 6, schoolYear: 1 }, [TOILET], { change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, relationship: 'grandparent' } }) })));
    await chat.say('Lily will use the toilet at school on her own');
    for (let i = 0; i < 8 && chat.step !== Step.outcomeProvides && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(help);
    const provision = (await chat.draft())!.outcomes[0]!.provision;
    expect(provision.map((p) => p.by)).toEqual(['education']);
  });

  it('help at home from the family is still the family\'s', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 6, schoolYear: 1 }, [TOILET], { change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, relationship: 'grandparent' } }) })));
    await chat.say('Lily will use the toilet at school on her own');
    for (let i = 0; i < 8 && chat.step !== Step.outcomeProvides && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
    await chat.say('me reminding her at home');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.by)).toEqual(['social_care']);
  });
});
