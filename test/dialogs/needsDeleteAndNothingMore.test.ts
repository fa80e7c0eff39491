import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { beforeNothingMore } from '../../src/language/nothingMoreAfter';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Sam, 14, at "Is there anything else that makes this hope hard?", takes one out and says nothing else is hard. */

const SAM = () =>
  startWith({
    today: '2026-12-02',
    name: 'Sam',
    age: 14,
    schoolYear: 9,
    hopes: [
      { text: 'go to college', theme: 'learning_and_work', needs: ['i cant read long words', 'i get tired'] },
      { text: 'live on my own', theme: 'independent_living', needs: [] },
    ],
    at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }),
  });

describe('"delete the first 1 and nuffin is hard" at the needs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['delete the first 1 and nuffin is hard', 'delete the first one and nothing else is hard', 'remove the first one, thats all', 'delete the first 1. nothing else is hard', 'can you delete the first one and nothing more'])(
    '"%s": the first hard thing goes after a yes, nothing is added, and the needs move on',
    async (words) => {
      ({ chat } = await SAM());
      const asked = saidIn(await chat.say(words));
      expect(asked).toMatch(/"i cant read long words"/);
      expect(asked).not.toMatch(/go to college/);
      await chat.say('yes');
      const draft = (await chat.draft())!;
      expect(draft.needs.map((n) => n.text)).toEqual(['i get tired']);
      expect(draft.aspirations.map((a) => a.text)).toEqual(['go to college', 'live on my own']);
      expect(chat.step).not.toBe(Step.needsMore);
    },
  );

  it('"delete the first 1" alone takes it out and asks again', async () => {
    ({ chat } = await SAM());
    await chat.say('delete the first 1');
    await chat.say('yes');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i get tired']);
    expect(chat.step).toBe(Step.needsMore);
  });

  it.each(['i cant read and nothing helps', 'nothing is hard', 'my brother and nobody else'])('"%s" holds no request before a "nothing"', (words) => {
    expect(beforeNothingMore(words)).toBeUndefined();
  });
});
