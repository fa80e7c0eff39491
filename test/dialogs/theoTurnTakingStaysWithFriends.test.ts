import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/* Theo's mum (Theo is 4 and autistic) gives a step for her hope that he makes friends. */

const THEO = () =>
  startWith(
    parentSeed({ name: 'Theo', age: 4, schoolYear: 0 }, [
      { text: 'make friends', theme: 'friends_and_community', needs: ['he is autistic and finds it hard to play with others'] },
      { text: 'be happy at nursery', theme: 'learning_and_work', needs: ['he finds it hard to take turns', 'he doesnt like waiting for his turn'] },
    ]),
  );

describe('turn-taking at nursery stays with "make friends"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['take turns with another child at nursery', 'Theo will take turns with another child at nursery by the summer', 'share his toys with another child'])(
    '"%s" is never offered a move to the nursery hope',
    async (words) => {
      ({ chat } = await THEO());
      const reply = saidIn(await chat.say(words));
      expect(reply).not.toMatch(/better\. Shall I put it there/);
      expect(reply).not.toMatch(/be happy at nursery/);
      expect([Step.outcomeWhen, Step.outcomeMeasure, Step.outcomeDoesForMe]).toContain(chat.step);
      const draft = (await chat.draft())!;
      expect(draft.outcomes[0]!.aspirationId).toBe(draft.aspirations[0]!.id);
    },
  );
});
