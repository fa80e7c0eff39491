import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A parent at the hopes question tells of someone in the family hurting the child ("my brother hits him
 * and i want him to stop"): that is harm to the child, answered for a parent and noted, never kept as a
 * hope. A hope about the family getting on, or about the child's own hitting, stays a hope.
 */

const PARENT = { who: 'A parent or carer', name: 'Oliver', age: '9' } as const;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent at the hopes question: someone in the family hurts the child', () => {
  it.each([
    'my brother hits him and i want him to stop',
    'his sister hurts him a lot, i hope it stops',
    'my older son kicks him when im not looking',
    'my big sister slaps her when i am at work',
  ])('%j: the answer for a parent and a note, never a hope', async (typed) => {
    chat = await typedTo(Step.hopesDream, PARENT, {});
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
    expect(draft?.aspirations ?? []).toEqual([]);
  });

  it.each(['i hope he and his brother get on better', 'i want him to stop hitting when hes upset'])('leave alone: %j stays a hope', async (typed) => {
    chat = await typedTo(Step.hopesDream, PARENT, {});
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
