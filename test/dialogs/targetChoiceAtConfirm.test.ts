import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';

/* Jay (14, Year 9) changes his date at the read-back to a soon one; the step-or-bigger choice is answered in his words. */

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 14, schoolYear: 9, hopes: [{ text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] }] });
  await typeUntil(chat, Step.outcomeConfirm, {
    [Step.outcomeStep]: 'go to youth club every week',
    [Step.outcomeWhen]: 'end of year 10',
    [Step.outcomeMeasure]: 'my youth worker signs me in',
    [Step.outcomeDoesForMe]: 'I would feel happy',
    [Step.outcomeMakesPossible]: 'I could make friends',
    [Step.outcomeProvides]: 'a buddy',
  });
  return chat;
}

describe('the step-or-bigger choice after a soon date at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['keep it short', Step.outcomeConfirm],
    ['just keep it', Step.outcomeConfirm],
    ['make it a step to something bigger', Step.outcomeStep],
    ['yeah a step', Step.outcomeStep],
  ])('"%s" is understood', async (typed, next) => {
    chat = await atReadBack();
    await chat.say('change the date');
    await chat.say('by christmas');
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    const said = await chat.say(typed);
    expect(saidIn(said)).not.toMatch(/didn't (?:get|catch)|couldn't work out/i);
    expect(chat.step).toBe(next);
  });
});
