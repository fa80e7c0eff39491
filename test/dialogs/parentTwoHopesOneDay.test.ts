import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/* A parent types a hope for now and one for "one day" in one message: both are kept as hopes. */

describe('a parent types two hopes in one message', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it.each([
    [Step.hopesDream, 'i want her to have friends and one day live independently', ['to have friends', 'one day live independently']],
    [Step.hopesMore, 'yes i want him to make friends and one day to live on his own', ['to make friends', 'one day to live on his own']],
    [Step.hopesTheme, 'id like him to talk more and one day to go to college', ['to talk more', 'one day to go to college']],
  ])('at %s "%s" keeps both', async (step, typed, kept) => {
    chat = await typedTo(step, { name: 'Leo', who: 'A parent or carer', age: 'year 10' }, { [Step.hopesDream]: 'to be good at maths', [Step.hopesMore]: 'no' }, { today: '2026-12-07' });
    const said = saidIn(await chat.say(typed));
    for (const hope of kept) expect(said).toContain(`"${hope}"`);
    expect((await chat.draft())!.aspirations.length).toBe(step === Step.hopesDream ? 2 : 3);
  });
});
