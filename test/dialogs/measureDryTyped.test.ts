import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Linda, Reece's grandmother, at "How will everyone know?": "he would be out of pull ups in the day
 * and dry most days at school" is something anyone could see, so it is kept as the measure.
 */

describe('a measure a carer can see, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"he would be out of pull ups in the day and dry most days at school" is kept as the measure', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reece', age: 6, schoolYear: 2 }, [{ text: 'go to the toilet by himself', theme: 'health_and_wellbeing', needs: ['he still wears pull ups'] }])));
    await chat.say('he will use the toilet on his own at school by the end of year 2');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('he would be out of pull ups in the day and dry most days at school');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure).toMatch(/dry most days/);
  });
});
