import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A 12-year-old at "Do you feel safe?" tells of older pupils staring, and says it is not bullying.
 * Their own word is taken: a kind short reply (a teacher, if it gets worse), no help lines, no flag.
 * Harm named beside it (pushing, hitting, taking) still gets the answer.
 */

const { [Step.aboutMeSafe]: _safe, ...TO_SAFE } = ABOUT_ME_TYPED;
const TWELVE = { name: 'Sam', age: '12' } as const;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"its not like bullying" about looks at school', () => {
  for (const said of [
    'yeh mostly. sometimes year 9s stare at me in the corridor which is annoying but its not like bullying',
    'mostly. the year 10s stare at me at lunch time, its annoying but its not bullying',
  ]) {
    it(`"${said}": a kind word about telling a teacher, no help lines, no flag`, async () => {
      chat = await typedTo(Step.aboutMeSafe, TWELVE, TO_SAFE);
      const replies = saidIn(await chat.say(said));
      expect(replies, replies).toMatch(/it is OK to tell a teacher you trust/);
      expect(replies).not.toMatch(CRISIS);
      expect(replies).not.toMatch(/bus company/);
      expect((await chat.draft())?.flags).toEqual([]);
      expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
    });
  }

  it('leave alone: "year 9s push me in the corridor but its not like bullying" still gets the answer and a flag', async () => {
    chat = await typedTo(Step.aboutMeSafe, TWELVE, TO_SAFE);
    const replies = saidIn(await chat.say('yeh mostly. year 9s push me in the corridor but its not like bullying'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
  });
});
