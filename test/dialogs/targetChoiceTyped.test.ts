import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Jay (14, Year 9) said "by christmas", so the bot asks: a step to something bigger, or keep it short? He types his answer. */

const CHRISTMAS = { phrase: 'by christmas', date: '2026-12-18' };

async function atTheChoice(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 14, schoolYear: 9, hopes: [{ text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] }] });
  await chat.say('go to youth club every week');
  await chat.say('by christmas');
  expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
  return chat;
}

describe('typed answers to the step-or-bigger choice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['keep it short', 'just keep it', 'keep it as it is', 'nah keep it short', 'its just a short step'])('"%s" keeps it as a short step', async (typed) => {
    chat = await atTheChoice();
    const said = await chat.say(typed);
    expect(saidIn(said)).not.toMatch(/didn't (?:get|catch)/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual(CHRISTMAS);
  });

  it.each(['make it a step to something bigger', 'yeah a step', 'a step to something bigger please', 'something bigger', 'yes make it bigger', 'i guess its a step?'])('"%s" asks what it leads to', async (typed) => {
    chat = await atTheChoice();
    const said = await chat.say(typed);
    expect(saidIn(said)).not.toMatch(/didn't (?:get|catch)/i);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
