import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A parent tells of bruises nobody explains, the bot asks gently how things are, and the parent types
 * "only at his dads": where it happens, read with the message before it. Heard, with a note.
 */

const LILY = { who: 'A parent or carer', name: 'Lily', age: '11' } as const;
const BRUISES = 'she has bruises sometimes, i dont know how';

describe('where or who, typed right after a gentle check about a hurt', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['only at his dads', 'just when shes at her dads', 'her step dad'])('%j after the answer about bruises is more of the worry, never a miss', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    await chat.say(BRUISES);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/didn.t (?:quite )?get that/i);
    expect(saidIn(replies)).toMatch(/Thank you for telling me/i);
    expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
  });

  it.each(['he cries when his uncle comes round', 'she hides when her mums boyfriend comes round'])('%j, a gentle check, then "only at his dads": heard, with a note', async (first) => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    await chat.say(first);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
    const replies = await chat.say('only at his dads');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
  });

  it('look-alike: "yes we are fine" after the gentle check is no note', async () => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    await chat.say('he cries when his uncle comes round');
    await chat.say('yes we are fine');
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('still heard at the check: %j', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    await chat.say('he cries when his uncle comes round');
    await chat.say(typed);
    expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
  });
});
