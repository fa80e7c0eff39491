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

describe('a denial with something else beside it is read as it always was', () => {
  it.each([
    'never unsafe at school but home is bad',
    'never unsafe, but i dont like being at home',
    'never unsafe, but my coach asks me to keep secrets',
    'never unsafe but i have to keep secrets',
    'never unsafe but i get sent away for days',
    'never unsafe, just my neighbour keeps asking me into his house',
  ])('%j gets the safeguarding answer and a flag', async (said) => {
    const c = await atSafe();
    const replies = saidIn(await c.say(said));
    expect(replies).toMatch(/0800 1111/);
    expect((await c.draft())?.flags?.length ?? 0).toBeGreaterThan(0);
  });

  it('"not scary, i just dont eat most days" is asked where or when they do not feel safe', async () => {
    const c = await atSafe();
    expect(saidIn(await c.say('not scary, i just dont eat most days'))).toMatch(/place or a time when you don.t feel safe/i);
  });

  it('"its not dangerous but i cant tell you" is not a yes: the question is asked again', async () => {
    const c = await atSafe();
    await c.say('its not dangerous but i cant tell you');
    expect(c.step).not.toBe(Step.hopesDream);
  });

  it.each(['never unsafe just boring tbh', 'its not dangerous, its just annoying', 'yeah mostly, school is proper shit but not unsafe or anything'])(
    '%j is still a yes',
    async (said) => {
      const c = await atSafe();
      await c.say(said);
      expect((await c.draft())?.flags).toEqual([]);
      expect(c.step).toBe(Step.hopesDream);
    },
  );
});
