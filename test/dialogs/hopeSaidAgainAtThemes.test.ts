import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saysHardThing } from '../../src/language/hardThing';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * A hope said again in other words at a question about one part of life ("i dont know how to get a
 * job", with "get a job at the football ground" already a hope): the same hope, never a new one;
 * what makes it hard is kept with the hope already there.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const HOPES = 'get a job at the football ground. and have my own place one day';

describe('not knowing how, and lacking things, are hard things', () => {
  it.each(['i dont have any qualifications and forms confuse me', 'i have no qualifications', 'he doesnt have any friends', 'maths confuses him'])('"%s"', (words) => {
    expect(saysHardThing(words)).toBe(true);
  });
});

describe('a hope said again at a part-of-life question', () => {
  it('keeps the hard things with the hope already there, and makes no new hope', async () => {
    chat = await typedTo(Step.hopesTheme, { name: 'Josh', age: '20' }, { [Step.hopesDream]: HOPES, [Step.hopesMore]: 'no' });
    await chat.say('i dont know how to get a job. i dont have any qualifications and forms confuse me');
    const draft = await chat.draft();
    const hopes = draft?.aspirations ?? [];
    expect(hopes.map((a) => a.text)).not.toContain('how to get a job');
    expect(hopes).toHaveLength(2);
    const job = hopes.find((a) => a.text.includes('football'))!;
    const needs = (draft?.needs ?? []).filter((n) => n.aspirationIds.includes(job.id)).map((n) => n.text).join(' ');
    expect(needs).toContain('qualifications');
    expect(needs).toContain('forms confuse me');
  });
});
