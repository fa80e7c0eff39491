import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A young adult types the step as it sounds ("i wont to cook my tee", "go on the bus on my on").
 * The read-back and the outcome kept use the everyday spelling; what they typed stays in the chat.
 */

const HOME: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['i need help with cooking'] };

describe('an outcome typed as it sounds', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i wont to cook my tee', /I will cook my tea/, /\btee\b|wont/],
    ['go on the bus on my on', /go on the bus on my own/, /on my on\b/],
  ])('"%s" is read back and kept in everyday spelling', async (typed, spelt, misspelt) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Liam', age: 19, hopes: [HOME] }));
    await chat.say(typed);
    await chat.say('in a year');
    await chat.say('my support worker will see me do it');
    let replies = [] as { text?: string }[];
    for (let i = 0; i < 4 && chat.step !== Step.outcomeConfirm; i++) replies = await chat.say('skip');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(saidIn(replies)).toMatch(spelt); // read back
    await chat.say('yes');
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(statement).toMatch(spelt);
    expect(statement).not.toMatch(misspelt);
  });
});
