import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A foster carer writes the outcome as "I will ..." and, at the read-back, says the child is the
 * one doing it: "I'm not doing it, HE is". The sentence is put in the child's name at once and
 * read back for a yes; no second question about who will do it.
 */

const CALM: SeedHope = { text: 'stay calm at school', theme: 'health_and_wellbeing', needs: ['he gets angry quickly'] };

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Jayden', age: 9, schoolYear: 4 }, [CALM]));
  await chat.say('I will use my time out card when I feel angry');
  await chat.say('in a year');
  await chat.say('his teacher will tell me');
  for (let i = 0; i < 4 && chat.step !== Step.outcomeConfirm; i++) await chat.say('skip');
  expect(chat.step).toBe(Step.outcomeConfirm);
  expect(chat.lastQuestion?.activity.text).toMatch(/I will use my time out card/);
  return chat;
}

describe('"I\'m not doing it, HE is" at the read-back of "I will ..."', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["I'm not doing it, HE is", 'not me, him', "he's the one doing it not me"])(
    '"%s" reads it back at once as "Jayden will ...", and a yes keeps it',
    async (typed) => {
      chat = await atReadBack();
      const reply = saidIn(await chat.say(typed));
      expect(chat.step).toBe(Step.outcomeConfirm);
      expect(reply).toMatch(/Jayden will use his time out card when he feels angry\./);
      expect(reply).not.toMatch(/Start with/);
      await chat.say('yes');
      expect(chat.step).not.toBe(Step.outcomeConfirm);
      const outcome = (await chat.draft())!.outcomes[0]!;
      expect(outcome.statement).toMatch(/Jayden will use his time out card when he feels angry\.$/);
      expect(outcome.statement).not.toMatch(/not doing it|not me/i);
    },
  );

  it('"it\'s Jayden not me", with no he or she said, names him and says "their"', async () => {
    chat = await atReadBack();
    const reply = saidIn(await chat.say("it's Jayden not me"));
    expect(reply).toMatch(/Jayden will use their time out card when they feel angry\./);
  });

  it('"yes" alone keeps "I will ...", as a child\'s own voice may be used', async () => {
    chat = await atReadBack();
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/I will use my time out card/);
  });
});
