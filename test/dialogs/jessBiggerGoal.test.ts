import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { COLLEGE_HOPE, jessTyping } from './jessSeed';

/*
 * Jess (16, Year 11) gives a step that is soon ("by february") and, asked if it leads to something
 * bigger, names the bigger thing in the same message. The bigger thing becomes the outcome and the
 * soon step is kept under it.
 */

async function atTheChoice(): Promise<Transcript> {
  const chat = await jessTyping(COLLEGE_HOPE, ['apply to the art course at the college and go to the open evening', 'by february, thats when applications close i think']);
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

describe('the bigger thing named at the step-or-bigger choice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'its a step, the bigger thing is actually starting college in september',
    'a step, it leads to starting college in september',
  ])('"%s" makes starting college the outcome, with the application kept as its step', async (typed) => {
    chat = await atTheChoice();
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/^start(?:ing)? college/);
    expect(outcome.timeframe).toEqual({ phrase: 'in september', date: '2027-09-30' });
    expect(outcome.steps).toEqual([{ text: 'apply to the art course at the college and go to the open evening', timeframe: { phrase: 'by february', date: '2027-02-28' } }]);
  });

  it('a start said at the step question is the step, not only its time', async () => {
    chat = await atTheChoice();
    await chat.say('make it a step to something bigger');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('actually starting college in september');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('in september');
    expect(outcome.statement).not.toMatch(/actually/);
  });
});
