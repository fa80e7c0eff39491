import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * At "What would it do for you?", a young person says what a job would bring: "id have my own money". That is
 * the answer, kept as it is, with no "Are you OK?". Money someone takes off them is still asked after.
 */

const CHECK = /Are you OK\?/;
const seed: Seed = {
  today: '2026-12-02',
  who: 'self',
  name: 'Kai',
  age: 19,
  hopes: [{ text: 'to get a job in a cafe', theme: 'learning_and_work', needs: ['i find it hard to talk to customers'] }],
};

async function toDoesForMe(chat: Transcript): Promise<void> {
  await chat.say('I will work 2 shifts a week in a cafe');
  await chat.say('by next summer');
  await chat.say('my job coach will see me do 2 shifts a week');
  expect(chat.step).toBe(Step.outcomeDoesForMe);
}

describe('what a job would bring: my own money', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['id have my own money', "I'd have my own money to spend", 'id have my own money to save up', 'i would earn my own money']) {
    it(`"${said}": kept as the answer, no check, no flag`, async () => {
      ({ chat } = await startWith(seed));
      await toDoesForMe(chat);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(CHECK);
      expect(replies).not.toMatch(CRISIS);
      expect(chat.step).not.toBe(Step.outcomeDoesForMe);
      expect((await chat.draft())!.flags).toEqual([]);
    });
  }

  for (const said of ['id have my own money and he couldnt take it off me', 'id have my own money, my carer takes all mine now']) {
    it(`leave alone: "${said}" gets "Are you OK?" at least`, async () => {
      ({ chat } = await startWith(seed));
      await toDoesForMe(chat);
      expect(saidIn(await chat.say(said))).toMatch(new RegExp(`${CRISIS.source}|${CHECK.source}`));
    });
  }
});
