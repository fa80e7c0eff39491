import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * In easy read the question offers one example without quotes ("What could you do next because of it?
 * Like: move into my own place."). Kerry's "ok" only hears it: the example is the bot's words, so she
 * is asked kindly for her own, never "I did not keep that"; "that one" then takes the example.
 */
const FLAT: SeedHope = { text: 'my own flat 1 day', theme: 'independent_living', needs: ['bills an stuff'] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: '6 munths',
  [Step.outcomeMeasure]: 'i still got money at the end of the week',
  [Step.outcomeDoesForMe]: 'not worryd',
};

describe('"ok" to the one example a goal question offers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of ['ok', 'yeah', 'yes']) {
    it(`"${typed}" at "What could you do next because of it? Like: ..." asks for her own words; "that one" then keeps the example`, async () => {
      ({ chat } = await startWith({ today: '2026-12-02', name: 'Kerry', age: 20, hopes: [FLAT], journey: { mode: ReadingMode.easyRead } }));
      await chat.say('lern to do my money an not give it all away');
      for (let i = 0; i < 8 && chat.step !== Step.outcomeMakesPossible && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
      expect(chat.step).toBe(Step.outcomeMakesPossible);
      const example = /Like: ([^.]+)\./.exec(chat.lastQuestion?.activity.text ?? '')?.[1];
      expect(example).toBeTruthy();
      const replies = saidIn(await chat.say(typed));
      expect(replies).not.toMatch(/did not keep/i);
      expect(replies).toMatch(/just an example/i);
      expect(chat.step).toBe(Step.outcomeMakesPossible);
      expect((await chat.draft())?.outcomes[0]?.makesPossible ?? '').not.toMatch(new RegExp(example!, 'i'));
      await chat.say('that one');
      expect(chat.step).not.toBe(Step.outcomeMakesPossible);
      expect((await chat.draft())?.outcomes[0]?.makesPossible).toMatch(new RegExp(example!, 'i'));
    }, 60_000);
  }
});
