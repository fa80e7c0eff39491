import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * A 15-year-old said earlier "my bf picks me up from school". A later "he grabbed me on the bus" may be anyone on the
 * bus: it is read as the message alone says (bullying, her form tutor or head of year), never named as the boyfriend.
 */

const FIFTEEN = { name: 'Mia', age: '15' } as const;

describe('"he" among others, after a boyfriend was said', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['he grabbed me on the bus', 'he pushed me in class', 'he hit me at the park', 'he kicked me in the corridor at school', 'he sends me horrible messages online'])(
    '"%s" is never read as domestic abuse',
    async (words) => {
      chat = await typedTo(Step.hopesDream, FIFTEEN, { [Step.aboutMeImportant]: 'my bf picks me up from school' });
      await chat.say(words);
      expect((await chat.draft())?.flags.map((f) => f.category) ?? []).not.toContain('domestic_abuse');
    },
  );

  it('"he grabbed me on the bus" gets the bullying answer and note', async () => {
    chat = await typedTo(Step.hopesDream, FIFTEEN, { [Step.aboutMeImportant]: 'my bf picks me up from school' });
    const replies = saidIn(await chat.say('he grabbed me on the bus'));
    expect(replies).not.toMatch(/boyfriend/i);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  it('"he hurts me when im at his" is still about the boyfriend', async () => {
    chat = await typedTo(Step.hopesDream, FIFTEEN, { [Step.aboutMeImportant]: 'my bf picks me up from school' });
    await chat.say('he hurts me when im at his');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });
});
