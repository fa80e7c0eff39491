import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { amirAtReview } from './reviewSeed';

/*
 * Amir, 20, in easy read, at "Change X to Y?" typed "no thats not what i said". Said without the
 * "no" it was heard as talk and the same question came back. A complaint at that question is never
 * a yes: the old words stay, and he is asked what he wants it to say instead.
 */

const COOK = 'In a year (by December 2027), I will cook my tea on my own.';

describe('a complaint at "Change X to Y?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no thats not what i said', 'thats not what i said', 'i never said that', 'wrong'])('"%s" keeps the old words and asks what it should say', async (complaint) => {
    ({ chat } = await startWith(amirAtReview()));
    await chat.say('change the cook one to i will cook pasta');
    expect(chat.lastQuestion!.activity.text).toContain('cook pasta');
    const replies = await chat.say(complaint);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices ?? []).not.toContain('Yes');
    expect(chat.lastQuestion!.activity.text).not.toContain('cook pasta');
    expect(replies.map((r) => r.text ?? '').join(' ')).not.toMatch(/Sorry about that/);
    expect((await chat.draft())!.outcomes[1]!.statement).toBe(COOK);

    await chat.say('I will cook my tea 3 times a week');
    expect((await chat.draft())!.outcomes[1]!.statement).toMatch(/cook my tea 3 times a week/);
  });

  it('"no, it should say ..." is still read as the new words', async () => {
    ({ chat } = await startWith(amirAtReview()));
    await chat.say('change the cook one to i will cook pasta');
    await chat.say('no it should say i will cook pasta for my mum');
    expect(chat.lastQuestion!.activity.text).toContain('cook pasta for my mum');
  });
});
