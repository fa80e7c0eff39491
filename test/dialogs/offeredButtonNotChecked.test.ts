import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * Buttons the bot itself offered are never checked for a worry: at the review a button may quote
 * the person's own hard thing, read when it was first typed. Anything typed is checked, even when
 * it differs from a button by one letter, or equals a button offered earlier but not now.
 */
const HARD_THINGS = ['Alfie kiked me in fotbal and it hurt', 'the big boys take my dinner money', 'my brother hits me when we play'];

const atReview = () => samAtReview(6, [{ text: 'I want to play football for a team', theme: 'friends_and_community', needs: HARD_THINGS }], (d) => d);

/** The safeguarding answer or "Are you OK?": the message was read for a worry. */
const checked = (replies: Partial<Activity>[], chat: Transcript) => /^safeguarding\./.test(chat.lastQuestion?.step ?? '') || /Childline|are you ok/i.test(saidIn(replies));

describe('a button the bot offered, tapped', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(HARD_THINGS)('the review button quoting "%s" is not checked again', async (hard) => {
    ({ chat } = await startWith(atReview()));
    await chat.say('Change something');
    const button = chat.lastQuestion!.choices.find((c) => c.includes(hard))!;
    expect(button).toBeTruthy();
    const replies = await chat.say(button);
    expect(checked(replies, chat)).toBe(false);
    expect(chat.lastQuestion?.step).toMatch(/^review\./);
    expect((await chat.draft())!.flags).toEqual([]);
  });

  it('the same words typed with one letter changed are checked', async () => {
    ({ chat } = await startWith(atReview()));
    await chat.say('Change something');
    const button = chat.lastQuestion!.choices.find((c) => c.includes(HARD_THINGS[0]!))!;
    const replies = await chat.say(button.replace('hurt', 'hurts'));
    expect(checked(replies, chat)).toBe(true);
  });

  it('a button offered before, but not with the last message, is checked when typed', async () => {
    ({ chat } = await startWith(atReview()));
    await chat.say('Change something');
    const button = chat.lastQuestion!.choices.find((c) => c.includes(HARD_THINGS[2]!))!;
    await chat.say('back');
    expect(chat.lastQuestion!.choices).not.toContain(button);
    expect(checked(await chat.say(button), chat)).toBe(true);
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('"%s" typed at the list of buttons is still heard', async (typed) => {
    ({ chat } = await startWith(atReview()));
    await chat.say('Change something');
    expect(checked(await chat.say(typed), chat)).toBe(true);
  });
});
