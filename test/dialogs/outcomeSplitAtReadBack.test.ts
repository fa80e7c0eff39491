import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Becky, mum of Finley (Year 6), hears her outcome read back with two asks in it: "Finley will walk
 * to school on his own and have an adult to talk to at break". Asked for the adult bit apart, the
 * help becomes provision under the outcome; a second thing to do is offered as the next outcome.
 * The bot says what it did and reads the outcome back again.
 */

const WALK: SeedHope = { text: 'be more independent', theme: 'independent_living', needs: ['he gets anxious when he is on his own'] };

async function atReadBack(outcome: string): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Finley', age: 11, schoolYear: 6 }, [WALK]));
  await chat.say(outcome);
  for (let i = 0; i < 6 && chat.step !== Step.outcomeConfirm; i++) {
    const step = chat.step;
    await chat.say(step === Step.outcomeWhen ? 'by the end of year 7' : step === Step.outcomeMeasure ? 'he will walk in 4 days out of 5' : 'skip');
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('an outcome with two asks is split at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can the adult bit be separate?', 'can you split it into two', 'separate the break part pls'])(
    '"%s": the adult to talk to becomes help under the outcome, and it is read back again',
    async (typed) => {
      chat = await atReadBack('Finley will walk to school on his own and have an adult to talk to at break');
      const reply = saidIn(await chat.say(typed));
      expect(chat.step).toBe(Step.outcomeConfirm);
      expect(reply).toMatch(/split it/i);
      expect(reply).toMatch(/adult to talk to at break" is now help/);
      expect(chat.lastQuestion?.activity.text).toMatch(/Finley will walk to school on his own\./);
      expect(chat.lastQuestion?.activity.text).not.toMatch(/and have an adult/);
      await chat.say('yes');
      const outcome = (await chat.draft())!.outcomes[0]!;
      expect(outcome.confirmed).toBe(true);
      expect(outcome.statement).not.toMatch(/adult/);
      expect(outcome.provision.map((p) => p.text).join(' ')).toMatch(/adult to talk to at break/);
    },
  );

  it('a second thing to do split off is offered as the next outcome, never lost', async () => {
    chat = await atReadBack('Finley will walk to school on his own and join a football club');
    const reply = saidIn(await chat.say('can the football bit be a separate outcome'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(reply).toMatch(/"join a football club" can be your next outcome/);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/football/);
    const next = saidIn(await chat.say('yes'));
    expect(next).toMatch(/join a football club/);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('"no the adult part is wrong" is no asking to split: nothing is moved to help', async () => {
    chat = await atReadBack('Finley will walk to school on his own and have an adult to talk to at break');
    await chat.say('no the adult part is wrong');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.statement).toMatch(/have an adult/);
  });
});
