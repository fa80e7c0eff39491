import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Jay, 16, adds a short remark after his answers: "obviously", "my birthdays in march btw", a
 * verdict on what his mum says, a moan about the questions, "like i said before". The answer is
 * kept; the remark is not.
 */

const TODAY = '2026-12-04';
const DRIVE = { text: 'pass my driving test', theme: 'independent_living' as const, needs: ['i panic on busy roads'] };

async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith({ today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [{ ...DRIVE, needs: [] }] });
  await chat.say('pass my theory test');
  if (chat.step === Step.outcomeWhen) await chat.say('by summer');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('a short remark after an answer is left out of it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, kept] of [
    ['offer letter from college. obviously', /^offer letter from college\.?$/],
    ['theory test pass certificate. my birthdays in march btw', /^theory test pass certificate\.?$/],
  ] as const) {
    it(`measure "${said}" keeps only the measure`, async () => {
      chat = await atMeasure();
      await chat.say(said);
      const outcome = (await chat.draft())!.outcomes[0]!;
      expect(outcome.measure).toMatch(kept);
      expect(JSON.stringify(outcome)).not.toMatch(/obviously|birthday/);
    });
  }

  for (const [said, kept] of [
    ['sleep more. my mum says im addicted which is cap', /^sleep more\.?$/],
    ['living with my mate like i said before', /^living with my mate$/],
  ] as const) {
    it(`hope "${said}" keeps only the hope`, async () => {
      ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
      await chat.say(said);
      const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
      expect(hopes).toHaveLength(1);
      expect(hopes[0]).toMatch(kept);
    });
  }
});
