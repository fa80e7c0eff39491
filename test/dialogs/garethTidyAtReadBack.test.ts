import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/* Gareth, dad of Ffion (6), at the read-back of an outcome: "can you tidy it up" asks for better words, never is the words. */

const HOPES = [{ text: 'Ffion to talk with her friends', theme: 'friends_and_community' as const, needs: ['her speech is hard to understand'] }];

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Ffion', age: 6, schoolYear: 2 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
  await chat.say('Ffion will ask a friend to play at break time by July 2027');
  await walkTo(chat, Step.outcomeConfirm, {
    [Step.outcomeMeasure]: 'her teacher sees her ask a friend on 3 days a week',
    [Step.outcomeDoesForMe]: 'she would be happier',
    [Step.outcomeMakesPossible]: 'she could go to parties',
    [Step.outcomeProvides]: 'speech therapy once a week',
  });
  return chat;
}

describe('a request to tidy the words at the read-back of an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of [
    'sounds a bit rubbish written down. can you tidy it up so it sounds proper',
    'can u make it sound better',
    'that reads weird, fix it',
    'it sounds clunky, can you word it better',
  ]) {
    it(`"${typed}" asks for the sentence as "Ffion will ...", and never keeps the remark`, async () => {
      chat = await atReadBack();
      const before = (await chat.draft())!.outcomes[0]!.statement;
      const reply = saidIn(await chat.say(typed));
      expect(reply).toMatch(/Ffion will \.\.\./);
      expect(chat.step).toBe(Step.outcomeConfirm);
      const statement = (await chat.draft())!.outcomes[0]!.statement;
      expect(statement).toBe(before);
      expect(statement).not.toMatch(/rubbish|better|weird|tidy|clunky/);
      await chat.say('Ffion will ask a friend to play on the field');
      expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/Ffion will ask a friend to play on the field/);
    });
  }

  it('"Ffion will tidy up her toys" is still new words for the sentence', async () => {
    chat = await atReadBack();
    expect(saidIn(await chat.say('Ffion will tidy up her toys after play'))).toMatch(/tidy up her toys/);
  });

  for (const disclosure of ['that reads weird, fix it. my dad hits me', 'can u make it sound better, i want to die', 'he touches me. tidy it up']) {
    it(`"${disclosure}" is heard as a disclosure beside the request`, async () => {
      chat = await atReadBack();
      await chat.say(disclosure);
      expect(chat.step).toBe(Step.safeguardingCheck);
    });
  }
});
