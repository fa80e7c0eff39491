import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

const TRAINS = { text: 'Alfie will ride a train with us', theme: 'friends_and_community' as const, needs: ['he runs off on the platform'] };

/** Alfie's dad argues with the bot in the middle of the outcome questions: none of it is kept, and he hears a kind reply. */
describe('arguing with the bot is never kept as an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['thats not what i said', 'youre not listening mate', 'you arent listening', 'youre not getting it', 'you dont get it mate', 'not what i said', 'listen to me'])(
    '"%s" at the outcome step is not kept; the bot says sorry',
    async (typed) => {
      ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, [TRAINS])));
      const first = saidIn(await chat.say(typed));
      expect(first).toMatch(/sorry/i);
      expect(chat.step).toBe(Step.outcomeStep);
      await chat.say('he will get on the train holding my hand');
      const kept = JSON.stringify((await chat.draft())?.outcomes ?? []);
      expect(kept).toContain('holding my hand');
      expect(kept).not.toMatch(/listening|not what i said/i);
    },
  );
});
