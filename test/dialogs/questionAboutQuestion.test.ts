import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { ThemeId } from '../../src/domain/vocabulary';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Imran, 14, asks what a part-of-life question means: "wat u mean like go places?". He hears that
 * part of life in a plain sentence with an example, then the same question again.
 */

describe('a question back about a part-of-life question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['friends_and_community', 'wat u mean like go places?', /friends, family and your local area\. For example/],
    ['independent_living', 'what do you mean', /doing more things yourself\. For example/],
    ['learning_and_work', 'huh?', /learning and work\. For example/],
  ] as const)('at %s, "%s" explains that part with an example and asks again', async (theme: ThemeId, typed, explained) => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Imran', age: 14, schoolYear: 9, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: theme }) }));
    const asked = chat.lastQuestion?.activity.text;
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(explained);
    expect(replies).not.toMatch(/one part of life/);
    expect(chat.step).toBe(Step.hopesTheme);
    expect(chat.lastQuestion?.activity.text).toBe(asked);
  });
});
