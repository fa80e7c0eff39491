import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, saidIn, typedTo } from '../support/typedWay';

/*
 * An 11-year-old tells of mean messages on a group chat at "Do you feel safe?" and gets the answer
 * in proportion. When she says more of the same mocking, the reply keeps that proportion: the note
 * grows, but no 999. More that tells of danger still gets 999.
 */

const { [Step.aboutMeSafe]: _safe, ...TO_SAFE } = ABOUT_ME_TYPED;
const NIA = { name: 'Nia', age: '11' } as const;
const MEAN_MESSAGES = 'mostly. sometimes a girl in my class sends mean messages on the group chat';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('more mocking after an answer in proportion', () => {
  it('"she says im weird and nobody likes me" is added to the note without 999', async () => {
    chat = await typedTo(Step.aboutMeSafe, NIA, TO_SAFE);
    const first = saidIn(await chat.say(MEAN_MESSAGES));
    expect(first).toMatch(/Childline/);
    expect(first).not.toMatch(/999/);
    const more = saidIn(await chat.say('she says im weird and nobody likes me. its been ages'));
    expect(more).toMatch(/telling me more/i);
    expect(more).not.toMatch(/999|in danger/i);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['bullying']);
  });

  for (const said of [
    'she says she will beat me up after school',
    'her brother hit me on the way home',
    'she keeps calling me names, im going to do something stupid',
    'she laughs at me and said she knows where i live',
    'she mocks me and i hate myself',
    'she calls me names and said ill get you',
  ]) {
    it(`"${said}" after it still says 999`, async () => {
      chat = await typedTo(Step.aboutMeSafe, NIA, TO_SAFE);
      saidIn(await chat.say(MEAN_MESSAGES));
      const more = saidIn(await chat.say(said));
      expect(more).toMatch(/999/);
    });
  }
});
