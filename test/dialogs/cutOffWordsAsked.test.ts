import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * "Is the rest of the words there or did you cut them off?" asks about the bot's own words. At any
 * question it is never "Are you OK?", never the safety answer, and never a note.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const ASKED = ['Is the rest of the words there or did you cut them off?', 'did you cut it off', 'did my message get cut off?'];

describe('a question about the bot cutting words off', () => {
  it.each([Step.aboutMeStrengths, Step.aboutMeSupport, Step.hopesDream, Step.needsBarrier] as StepId[])('at %s: no safety check, no note', async (step) => {
    chat = await typedTo(step, { name: 'Sam', age: '15' }, step === Step.needsBarrier ? typedToNeedsFor('to work with animals') : {});
    for (const typed of ASKED) {
      await chat.say(typed);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
    }
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: "did you cut them off? i want to kill myself" still gets the safety answer', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '15' });
    await chat.say('did you cut them off? i want to kill myself');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
