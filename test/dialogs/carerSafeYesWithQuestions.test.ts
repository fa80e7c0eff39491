import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A grandad at "does Lily feel safe?": "Yes Lily is safe. But did you fix the name? And the bit about
 * people admiring her?". The "but" opens questions about the plan, not an exception: a yes, no note,
 * and the bot says the questions wait for the read-back. Plain disclosures beside a yes are still heard.
 */

const LILY = { who: 'A parent or carer', name: 'Lily', age: '11' } as const;

describe('a yes at the safety question, then questions about the plan', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'Yes Lily is safe. But did you fix the name? And the bit about people admiring her?',
    'yes she is safe. did you get my other hopes?',
    'Yes, she is safe at home. Can you change her age?',
  ])('%j is a yes: no crisis answer, no note, the questions are kept for the end', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/questions/);
    expect((await chat.draft())?.flags).toEqual([]);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  it.each(['no she is not safe', 'yes but her dad hits her', 'yes she is safe. but does her dad hit her?', 'yes she is safe. but he touches her?'])(
    'leave alone: %j is still heard, with a note',
    async (typed) => {
      chat = await typedTo(Step.aboutMeSafe, LILY);
      await chat.say(typed);
      expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
    },
  );
});
