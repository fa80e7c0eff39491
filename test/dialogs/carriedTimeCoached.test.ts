import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { finishOutcome } from './outcomeSeed';

/*
 * One answer cut into two outcomes, with a time said for the first. When the bot asks about the
 * second half and the person answers in new words, the second has its own date: "By when?" is asked
 * for it (no date copied without asking), and the same time said again gives the same date.
 */

const ollie = () =>
  startWith({ today: '2026-12-05', name: 'Ollie', age: 15, schoolYear: 10, hopes: [{ text: 'have more fun with my mates', theme: 'friends_and_community', needs: ['i get worried going out'] }] });

const TWO = 'go to the park with my mates on saturdays. and be more confident';

describe('a second step asked about, answered in new words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['say hello to two new people at youth club', 'I will ask someone in my class to come to the cinema.', 'talk to one new person at football club'])(
    '%j is asked its own date; the same time said again gives the same date',
    async (typed) => {
      ({ chat } = await ollie());
      await chat.say(TWO);
      await chat.say('by the summer');
      await finishOutcome(chat, { confirm: false });
      expect(saidIn(await chat.say('yes'))).toMatch(/be more confident/i);
      await chat.say('yeah');
      expect(chat.step).toBe(Step.outcomeStep);
      await chat.say(typed);
      expect(chat.step).toBe(Step.outcomeWhen);
      await chat.say('by the summer');
      const outcomes = (await chat.draft())!.outcomes;
      expect(outcomes).toHaveLength(2);
      expect(outcomes[1]!.timeframe?.phrase).toBe('by the summer');
      expect(outcomes[1]!.timeframe?.date).toBe(outcomes[0]!.timeframe?.date);
    },
  );
});
