import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Pat, 61, special guardian of Ellie (6), writes long messages. A sentence that says itself it is
 * not for the plan ("but thats not for this really is it", "i was just saying", "anyway thats by
 * the by") is never kept as a hope, however much it says.
 */

const ELLIE = { who: 'A parent or carer', name: 'Ellie', age: '6' } as const;
const HOPES = 'to read and write. to make a friend at school.';

const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('an aside that says itself it is not for the plan', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'my own health isnt great either i have diabetes and my knees, so i worry who will look after her if anything happens to me, but thats not for this really is it',
    'my knees are bad these days, but thats not for this',
    'her mum was the same at that age, i was just saying',
    'i had to give up work to look after her, anyway thats by the by',
    'her dad is not in the picture but thats beside the point',
    'im shattered most days tbh but that doesnt matter for this',
    'i worry about money too but thats nothing to do with this',
    'my husband passed last year, not that its relevant',
  ])('the hope list with %j keeps only the two hopes', async (aside) => {
    chat = await typedTo(Step.hopesDream, ELLIE);
    await chat.say(`${HOPES} ${aside}`);
    expect(await hopes(chat)).toEqual(['to read and write', 'to make a friend at school']);
  });

  it('a real worry set aside ("but thats not for this") is still answered, flagged and never kept', async () => {
    chat = await typedTo(Step.hopesDream, ELLIE);
    const replies = await chat.say(`${HOPES} her dad hits her when she stays there but thats not for this really is it`);
    expect(saidIn(replies)).toMatch(/0800 1111/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['harm_from_others']);
    expect(JSON.stringify((await chat.draft())!.aspirations)).not.toMatch(/hits/);
  });

  it.each([
    'i want her to learn to swim, that is for this year',
    'to make friends, thats the main thing for her',
    'i want her to be able to read, i was just saying to her teacher',
  ])('a hope with the same words is kept: %j', async (said) => {
    chat = await typedTo(Step.hopesDream, ELLIE);
    await chat.say(said);
    expect((await hopes(chat)).length).toBeGreaterThan(0);
  });
});
