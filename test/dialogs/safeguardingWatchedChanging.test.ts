import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn as said, typedTo } from '../support/typedWay';

/*
 * An adult watching or photographing a young person getting changed, or making them sit on a knee
 * when it feels wrong, is sexual abuse however plainly it is told: the warm answer and a flag at once.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const categories = async (chat: Transcript) => ((await chat.draft())?.flags ?? []).map((f) => f.category);

describe('watched or photographed while changing', () => {
  it.each(['Mr Jones lets me get changed in his office and watches me', 'my coach takes photos of me getting changed', 'he makes me sit on his knee and its weird'])(
    '%j gets the warm answer and a sexual abuse flag, not a hope',
    async (typed) => {
      chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '13' });
      const replies = await chat.say(typed);
      expect(said(replies)).toMatch(CRISIS);
      expect(await categories(chat)).toEqual(['sexual_abuse']);
      expect((await chat.draft())?.aspirations).toEqual([]);
    },
  );

  it('"i get changed in the toilets so nobody watches me" gets no crisis answer and no flag', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '13' });
    const replies = await chat.say('i get changed in the toilets so nobody watches me');
    expect(said(replies)).not.toMatch(CRISIS);
    expect(await categories(chat)).toEqual([]);
  });
});
