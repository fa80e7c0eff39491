import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/* An age said as "its 17" (after a "no", with a "lol") is the age. */

describe('"its" before an age at the age question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['no its 17 lol', 17],
    ["it's 15", 15],
    ['it is 9', 9],
  ])('"%s"', async (typed, age) => {
    chat = await typedTo(Step.welcomeAge, { who: 'Me, about myself', name: 'Kai' });
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.age).toBe(age);
  });
});
