import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * At the review, a hard thing said plainly ("but maths is hard", "put maths is hard. cubes help",
 * "i want a new one. maths is hard") is offered as a new hard thing, never ignored.
 */
describe('a hard thing said plainly at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['but maths is hard', 'put maths is hard. cubes help', 'i want a new one. maths is hard', 'but maths is really hard'])('"%s" adds maths to what makes things hard', async (typed) => {
    ({ chat } = await startWith(jadeAtReview()));
    const before = (await chat.draft())!.needs.length;
    const asked = saidIn(await chat.say(typed));
    expect(asked).not.toMatch(/Nothing has changed/i);
    expect(asked).toMatch(/maths/);
    // Two hopes: which one it is hard for is asked, or it is read back first.
    let question = asked;
    for (let i = 0; i < 3 && (await chat.draft())!.needs.length === before; i++) {
      question = saidIn(await chat.say(/Which (?:dream|hope)/i.test(question) ? '2' : 'yes'));
    }
    const needs = (await chat.draft())!.needs;
    expect(needs.length).toBe(before + 1);
    expect(needs.some((n) => n.text === 'maths')).toBe(true);
  });

  it('"put maths is hard. cubes help" keeps cubes as what helps with maths', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    let question = saidIn(await chat.say('put maths is hard. cubes help'));
    for (let i = 0; i < 3 && !(await chat.draft())!.needs.some((n) => n.text === 'maths'); i++) question = saidIn(await chat.say(/Which (?:dream|hope)/i.test(question) ? '2' : 'yes'));
    expect((await chat.draft())!.needs.find((n) => n.text === 'maths')?.helps).toEqual(['cubes help']);
  });

  it('"but it is hard" names no hard thing: nothing added', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    const before = (await chat.draft())!.needs.length;
    await chat.say('but it is hard');
    expect((await chat.draft())!.needs.length).toBe(before);
  });
});
