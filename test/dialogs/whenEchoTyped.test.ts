import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "When By july 2027" at "by when?": the question's own words copied before the answer are not part of it. */

async function atWhen(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-05', name: 'Tariq', age: 19,
    hopes: [{ text: 'A paid job in a warehouse', theme: 'learning_and_work', needs: ['I get confused by the rota'] }],
  });
  await chat.say('I will check the rota with my job coach every Monday');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

describe('the question\'s words copied at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['When By july 2027', 'By when: July 2027', 'When? By July 2027', 'when. by july 2027']) {
    it(`"${said}" is July 2027`, async () => {
      chat = await atWhen();
      await chat.say(said);
      expect(chat.step).not.toBe(Step.outcomeWhen);
      const outcome = (await chat.draft())!.outcomes[0]!;
      expect(outcome.timeframe?.date).toBe('2027-07-31');
      expect(outcome.timeframe?.phrase).toMatch(/^(?:By )?July 2027$/i);
    });
  }
});
