import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atSafeQuestion } from './throughWelcome';

/*
 * A wish to move on at "Do you feel safe at home, at school and online?" is respected as "rather not
 * say" is: no "didn't get that", no flag, and on to the next question.
 */

const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

describe('moving on from the safety question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Can we get back to the plan please', 'can we just move on', 'lets get on with the plan', 'next question please'])('%j moves on kindly, with no flag', async (typed) => {
    chat = await atSafeQuestion();
    const replies = await chat.say(typed);
    expect(textOf(replies)).not.toMatch(/didn't get|did not get/i);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
