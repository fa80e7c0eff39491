import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';
import { OLIVER } from './oliverSeed';

/*
 * A dad gives the date with the reason for it: "end of year 5, so he's ready for year 6 and sats".
 * The first time is the date; the year in the reason is no second date to choose between, and each
 * answer after it goes to the question on screen.
 */

const SEED = parentSeed(OLIVER, [{ text: 'to have friends and be happy at school', theme: 'friends_and_community', needs: ['he finds lunchtime too loud'] }]);

describe('a date with its reason', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["end of year 5, so he's ready for year 6 and sats"],
    ['end of year 5 because year 6 is when they do sats'],
  ])('"%s" keeps the end of Year 5 and asks no "which time?"', async (when) => {
    ({ chat } = await startWith(SEED));
    await chat.say('Oliver will keep up with his class in reading');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say(when);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase.toLowerCase()).toBe('end of year 5');
    expect(outcome.timeframe?.date.slice(0, 7)).toBe('2028-07');
  });

  it('each answer after the date goes to the question on screen', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('Oliver will keep up with his class in reading');
    await chat.say("end of year 5, so he's ready for year 6 and sats");
    const fields: Record<string, string> = {
      [Step.outcomeMeasure]: 'his teacher says he reads the year 5 books',
      [Step.outcomeDoesForMe]: "he'd stop feeling thick",
      [Step.outcomeMakesPossible]: 'he could read the same books as his friends',
      [Step.outcomeProvides]: 'a reading group three times a week',
    };
    const asked: string[] = [];
    for (let i = 0; i < 4 && fields[chat.step ?? '']; i++) {
      asked.push(chat.step!);
      await chat.say(fields[chat.step!]!);
    }
    expect(asked.length).toBeGreaterThan(1);
    const outcome = (await chat.draft())!.outcomes[0]!;
    const stored: Record<string, string | null | undefined> = {
      [Step.outcomeMeasure]: outcome.measure,
      [Step.outcomeDoesForMe]: outcome.doesForMe,
      [Step.outcomeMakesPossible]: outcome.makesPossible,
      [Step.outcomeProvides]: outcome.provision.map((p) => p.text).join(' '),
    };
    for (const step of asked) expect(stored[step] ?? '', step).toContain(fields[step]!.slice(0, 12));
  });

  it.each([
    ['the first one', '2028-07'],
    ['2', '2029-07'],
    ['end of year 6', '2029-07'],
  ])('at "which time?", "%s" picks from the times on screen', async (pick, month) => {
    ({ chat } = await startWith(SEED));
    await chat.say('Oliver will keep up with his class in reading');
    await chat.say('end of year 5 for swimming, end of year 6 for the bus');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices.length).toBe(2);
    await chat.say(pick);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date.slice(0, 7)).toBe(month);
  });
});
