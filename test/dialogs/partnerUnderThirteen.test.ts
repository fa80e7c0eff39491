import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, typedTo } from '../support/typedWay';

/* Domestic abuse is between partners aged 13 or over: a 12-year-old's "girlfriend" who hurts them is harm from others. */

describe('a partner named by a 12-year-old', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['my girlfriend bullies me and calls me fat', 'my boyfriend hits me', 'my gf kicks me'])('"%s" is never domestic abuse at 12', async (words) => {
    chat = await typedTo(Step.hopesDream, { name: 'Ava', age: '12' });
    await chat.say(words);
    const kinds = (await chat.draft())?.flags.map((f) => f.category) ?? [];
    expect(kinds).not.toContain('domestic_abuse');
    expect(kinds.length).toBeGreaterThan(0);
  });

  it('"my boyfriend hits me" at 15 is still domestic abuse', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Ava', age: '15' });
    await chat.say('my boyfriend hits me');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['domestic_abuse']);
  });
});
