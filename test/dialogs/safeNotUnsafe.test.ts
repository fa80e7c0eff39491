import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Ryan, 15, at "Do you feel safe at home, at school and online?": "yeah mostly. school's shit but its not like unsafe".
 * Unsafe said only to deny it is a yes: no safeguarding answer, no flag. A place or a time said to be unsafe still is not.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atSafe(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Ryan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
  return chat!;
}

describe('unsafe said only to deny it', () => {
  it.each([
    "yeah mostly. school's shit but its not like unsafe",
    'not like unsafe',
    'its not unsafe',
    'never unsafe just boring',
    'not dangerous or anything',
    'yeah school is crap but i wouldnt say unsafe',
  ])('%j is a yes: no answer, no flag, on to the hopes', async (said) => {
    const c = await atSafe();
    const replies = saidIn(await c.say(said));
    expect(replies).not.toMatch(/0800 1111/);
    expect((await c.draft())?.flags).toEqual([]);
    expect(c.step).toBe(Step.hopesDream);
  });

  it.each(['not always, school feels unsafe', 'no its unsafe at home', 'its not unsafe but sometimes a boy hits me', 'never unsafe at school but my dad scares me', 'its not unsafe, the older lads just follow me'])(
    '%j still gets the safeguarding answer and a flag',
    async (said) => {
      const c = await atSafe();
      const replies = saidIn(await c.say(said));
      expect(replies).toMatch(/0800 1111/);
      expect((await c.draft())?.flags).toHaveLength(1);
    },
  );
});
