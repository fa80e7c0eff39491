import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Dan, 22, at the read-back, talks to the bot about his plan: none of it is offered as a new hope. */

const DAN = danAtReview();

describe('remarks at the read-back are never offered as a new hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can karen see it. and my dad', 'how do i show karen', 'No, not a hope!', 'i dont want a new hope', 'christmas is 25 december not 18'])('"%s"', async (typed) => {
    ({ chat } = await startWith(DAN));
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/Add this hope/i);
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });

  it('a hope typed there is still offered: "have more friends at college"', async () => {
    ({ chat } = await startWith(DAN));
    const said = saidIn(await chat.say('have more friends at college'));
    expect(said).toMatch(/Add this hope/i);
  });
});

describe('a "no" to a hope read back never asks for a new hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no', 'no i dont want that', 'nah thats not a hope', 'no its not', 'no, I meant it as a question', 'no thank you', 'no im just asking', 'no its just a question', 'no i meant it like a joke'])('offered from their words, then "%s"', async (typed) => {
    ({ chat } = await startWith(DAN));
    await chat.say('have more friends at college');
    const replies = await chat.say(typed);
    expect(chat.step).toBe('review.summary');
    expect(saidIn(replies)).not.toMatch(/new hope|Add this hope/i);
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });

  it.each([
    ['have more friends at college', 'no, go away'],
    ['be a cook at the cafe', 'no, be quiet'],
  ])('"%s", then "%s": nothing added', async (first, typed) => {
    ({ chat } = await startWith(DAN));
    await chat.say(first);
    await chat.say(typed);
    expect(chat.step).toBe('review.summary');
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });

  it('asked for ("add a hope: go swimming"), then "no": nothing added, and no new hope asked for', async () => {
    ({ chat } = await startWith(DAN));
    await chat.say('add a hope: go swimming');
    await chat.say('no');
    expect(chat.step).toBe('review.summary');
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });

  it.each([
    ['have more friends at college', 'no, more friends at my new college', 'more friends at my new college'],
    ['add a hope: go swimming', 'no, go swimming at the big pool', 'go swimming at the big pool'],
    ['add a hope: go to college', 'no its just going to college', 'going to college'],
    ['have more friends at college', 'no i dont want college i want an apprenticeship', 'i want an apprenticeship'],
    ['have more friends at college', 'no i meant like working with animals', 'working with animals'],
    ['have more friends at college', 'no thats not it, i want to be a chef', 'i want to be a chef'],
    ['have more friends at college', 'no i want to be able to ask a question in class', 'i want to be able to ask a question in class'],
    ['be a cook at the cafe', 'no, be a chef', 'be a chef'],
  ])('"%s", then "%s": the words they meant are read back', async (first, typed, meant) => {
    ({ chat } = await startWith(DAN));
    await chat.say(first);
    const said = saidIn(await chat.say(typed));
    expect(chat.step).toBe('review.change');
    expect(said).toContain(meant);
    await chat.say('yes');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toContain(meant);
  });
});
