import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, walkTo, type SeedHope } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * Wendy writes Alfie's outcome as "we": the outcome is Alfie's, so it reads "Alfie will ..." (or his
 * own "I will ..."), never "we will".
 */

const HOPES: SeedHope[] = [{ text: 'I should like him to have a friend', theme: 'friends_and_community', needs: ["he doesn't know how to join in with other children"] }];

describe('"we" in a carer\'s outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'By July 2027, we will be able to play a game with another child at break time.',
    'By July 2027 we will join in a game with one other child at playtime',
    'We will play a game with another child at break time by July 2027.',
    'we hope that by July 2027 we will play with another child at break',
  ])('%j is kept as Alfie\'s outcome', async (typed) => {
    const started = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
    chat = started.chat;
    await chat.say(typed);
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeMeasure]: 'his teacher sees him join in a game on 3 days a week',
      [Step.outcomeDoesForMe]: 'he would be happier',
      [Step.outcomeMakesPossible]: 'he could go to parties',
      [Step.outcomeProvides]: 'the teaching assistant helps him join in at break',
    });
    await chat.say('yes');
    const statement = (await chat.draft())!.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/\bAlfie will\b/);
    expect(statement).not.toMatch(/\bwe\b/i);
  });

  it.each([
    'No, it should say: By July 2027, we will play a game with another child at break time.',
    'By July 2027, we will play a game with another child at break time.',
    'Could you change it to: By July 2027, We will play a game with another child at break time',
  ])('%j at "is that right?" is kept as Alfie\'s outcome', async (typed) => {
    const started = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
    chat = started.chat;
    await chat.say('Alfie will join in a game with another child at break time by July 2027');
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeMeasure]: 'his teacher sees him join in a game on 3 days a week',
      [Step.outcomeDoesForMe]: 'he would be happier',
      [Step.outcomeMakesPossible]: 'he could go to parties',
      [Step.outcomeProvides]: 'the teaching assistant helps him join in at break',
    });
    await chat.say(typed);
    if (chat.step === Step.outcomeConfirm) await chat.say('yes');
    const statement = (await chat.draft())!.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/\bAlfie will\b/);
    expect(statement).not.toMatch(/\bwe\b/i);
  });
});
