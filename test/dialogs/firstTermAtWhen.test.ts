import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* "end of the first term there" at "by when?": the end of the first (autumn) term at the new school or college. */

const ART = { text: 'do art club at my new school', theme: 'friends_and_community' as const, needs: ['I get nervous with new people'] };
const COLLEGE = { text: 'make friends at college', theme: 'friends_and_community' as const, needs: ['I find new people hard'] };

async function atByWhen(schoolYear: number, age: number, hope: typeof ART): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-07', name: 'Nia', age, schoolYear, hopes: [hope] });
  await chat.say('go to a club every week');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

describe('the first term at the new school, said at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['end of the first term there i guess', 'end of the first term', 'by the end of first term in year 7', 'by christmas in year 7']) {
    it(`Year 6: "${said}" is December 2027`, async () => {
      chat = await atByWhen(6, 11, ART);
      const text = saidIn(await chat.say(said));
      expect(text).not.toMatch(/couldn't work out a date/);
      expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-12-20');
    });
  }

  it('Year 11: "first term at college" is December 2027', async () => {
    chat = await atByWhen(11, 16, COLLEGE);
    await chat.say('first term at college');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-12-20');
  });
});
