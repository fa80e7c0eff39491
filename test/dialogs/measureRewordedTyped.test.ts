import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "the results day bit sounds dumb. put my results slip says i got a 4" at how we will know: the
 * measure in their words, never the outcome's words asked for again.
 */

const COLLEGE: SeedHope = { text: 'I want to go to college', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] };

describe('a measure put in other words', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"the results day bit sounds dumb. put my results slip says i got a 4" is the measure', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [COLLEGE] }));
    await typeUntil(chat, Step.outcomeMeasure, {
      [Step.outcomeStep]: 'I will get a 4 in maths on results day',
      [Step.outcomeWhen]: 'summer 2028',
    });
    await chat.say('the results day bit sounds dumb. put my results slip says i got a 4');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my results slip says i got a 4');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });
});
