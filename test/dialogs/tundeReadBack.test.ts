import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A father with simple English, about his son Tunde (8), at the outcome's "by when?" and read-back.
 * "end of this school year I think" is a time with a hedge after it; "Almost right. But please add:
 * with words or with his picture cards" asks for words to be added to the sentence, never stored itself.
 */

const SEED: Seed = parentSeed({ name: 'Tunde', age: 8, schoolYear: 3 }, [
  { text: 'he can tell people what he wants', theme: 'friends_and_community', needs: ['he has few words and gets upset'] },
]);

async function toWhen(chat: Transcript): Promise<void> {
  await chat.say('ask for help when he need it');
  expect(chat.step).toBe(Step.outcomeWhen);
}

async function toReadBack(chat: Transcript): Promise<void> {
  await toWhen(chat);
  await chat.say('end of this school year');
  for (const m of ['teacher see him ask 5 times in a day', 'he will be less upset', 'he can join in more', 'speech therapy']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(m);
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('a father\'s time with a hedge after it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['end of this school year I think', 'end of this school year maybe', 'probably end of this school year'])('"%s" is the time', async (typed) => {
    ({ chat } = await startWith(SEED));
    await toWhen(chat);
    const reply = said(await chat.say(typed));
    expect(reply).not.toMatch(/did not get the time/i);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date.slice(0, 7)).toBe('2027-07');
    expect(outcome.timeframe?.phrase).not.toMatch(/think|maybe|probably/);
  });
});

describe('words to add, asked for at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Almost right. But please add: with words or with his picture cards" adds them to the sentence', async () => {
    ({ chat } = await startWith(SEED));
    await toReadBack(chat);
    const reply = said(await chat.say('Almost right. But please add: with words or with his picture cards'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(reply).toMatch(/Tunde will ask for help when he needs? it,? with words or with his picture cards/);
    expect(reply).not.toMatch(/almost right|please add/i);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/ask for help when he needs? it,? with words or with his picture cards\.$/);
    expect(outcome.statement).not.toMatch(/almost|please|add/i);
  });

  it('"can you put also: in class and at home" adds them too', async () => {
    ({ chat } = await startWith(SEED));
    await toReadBack(chat);
    await chat.say('can you put also: in class and at home');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/ask for help when he needs? it,? in class and at home\.$/);
  });
});
