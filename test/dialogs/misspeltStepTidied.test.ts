import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';

/* Kai (16, Year 11) types his step with plain spelling slips; the tidied statement fixes them, his own words kept beside it. */

const kai = () => startWith({ today: '2026-12-05', name: 'Kai', age: 16, schoolYear: 11, hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['I get lost on buses'] }] });

describe('plain spelling slips in the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['get the bus to colege on my own', /I will get the bus to college on my own/, /colege/],
    ['get the bus to collage on my own', /I will get the bus to college on my own/, /collage/],
    ['go to the libary with my freind evry week', /I will go to the library with my friend every week/, /libary|freind|evry/],
  ])('"%s" is read back and kept spelt right', async (typed, spelt, slip) => {
    ({ chat } = await kai());
    await chat.say(typed);
    const readBack = await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeWhen]: 'end of year 11',
      [Step.outcomeMeasure]: 'my mum sees me do it',
      [Step.outcomeDoesForMe]: 'I would feel proud',
      [Step.outcomeMakesPossible]: 'I could go out more',
      [Step.outcomeProvides]: 'a travel buddy',
    });
    expect(saidIn(readBack)).toMatch(spelt);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(spelt);
    expect(outcome.statement).not.toMatch(slip);
    // What he typed is kept beside it, so nothing is lost.
    expect(outcome.inTheirWords).toBe(typed);
  });
});
