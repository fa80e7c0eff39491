import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Kai, 14, tells of being alone for days, or of being hit, and is asked "Are you OK?" or "Are you safe right now?".
 * "can i change what i just said" there is never a way out of the safety question: it is asked again.
 */

const CHANGE = ['can i change what i just said', 'i want to change my last answer', 'I want to change my last answer please', 'my last answer was wrong', 'can i redo my last answer'];

describe('asking to change the last answer at a safety question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(CHANGE)('%j at "Are you OK?" asks the check again', async (typed) => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Kai', age: '14' });
    await chat.say('nobody is home at night and im on my own for days');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each(CHANGE)('%j at "Are you safe right now?" asks it again', async (typed) => {
    chat = await typedTo(Step.aboutMeStrengths, { name: 'Kai', age: '14' });
    expect(saidIn(await chat.say('my mums boyfriend hits me'))).toMatch(CRISIS);
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
