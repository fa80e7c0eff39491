import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A parent at "how will everyone know?": "Rosie would tell me their names when she gets home. She
 * does tell me things, in her own way." A child telling a parent about her day is how they would
 * know: an answer, never a disclosure. No "Are you OK?", no help lines, no flag.
 */

const CRISIS = /0808 800 5000|116 123|0800 1111|999|Are you OK/;
const ROSIE = { name: 'Rosie', age: 6, schoolYear: 1 };
const HOPES: SeedHope[] = [{ text: 'to have friends to play with', theme: 'friends_and_community', needs: ['she finds it hard to join in games'] }];
const ANSWERS: Record<string, string> = {
  [Step.outcomeStep]: 'play with the same children at playtime',
  [Step.outcomeWhen]: 'by the summer',
};

describe('a child telling her parent about her day is a measure, not a worry', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'Miss Jones would see her playing with the same children most days. And Rosie would tell me their names when she gets home. She does tell me things, in her own way.',
    'she would tell me who she played with when i pick her up',
  ])('%j at the measure question: kept as the measure, no check and no flag', async (typed) => {
    ({ chat } = await startWith(parentSeed(ROSIE, HOPES)));
    for (let turn = 0; turn < 6 && chat.step !== Step.outcomeMeasure; turn++) await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: "she tells me the older boys hit her at playtime" is still asked after', async () => {
    ({ chat } = await startWith(parentSeed(ROSIE, HOPES)));
    for (let turn = 0; turn < 6 && chat.step !== Step.outcomeMeasure; turn++) await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes');
    const replies = await chat.say('she tells me the older boys hit her at playtime');
    expect(saidIn(replies)).toMatch(CRISIS);
  });
});
