import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/* Carmen, mum of Luca (5), at the read-back of an outcome: "i want to change it" asks to change it, never the new words. */

const HOPES = [{ text: 'Luca to talk with his friends', theme: 'friends_and_community' as const, needs: ['his speech is hard to understand'] }];

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Luca', age: 5, schoolYear: 1 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
  await chat.say('Luca will ask a friend to play at break time by July 2027');
  await walkTo(chat, Step.outcomeConfirm, {
    [Step.outcomeMeasure]: 'his teacher sees him ask a friend on 3 days a week',
    [Step.outcomeDoesForMe]: 'he would be happier',
    [Step.outcomeMakesPossible]: 'he could go to parties',
    [Step.outcomeProvides]: 'speech therapy once a week',
  });
  return chat;
}

describe('"i want to change it" and "NO. stop. go back" at the read-back of an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i want to change it" asks which part, and is never the new words', async () => {
    chat = await atReadBack();
    const asked = saidIn(await chat.say('i want to change it'));
    expect(asked).toMatch(/Which part shall we change/);
    expect(asked).not.toMatch(/will change it/);
    expect((await chat.draft())!.outcomes[0]!.statement).not.toMatch(/change it/);
    const kept = saidIn(await chat.say('no i dont want to change it, i said yes its right!'));
    expect(kept).toMatch(/saved that outcome/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By July 2027, Luca will ask a friend to play at break time.');
    expect(outcome.confirmed).toBe(true);
  });

  it('"NO. stop. go back" after a change puts the words from before back, never keeps them as words', async () => {
    chat = await atReadBack();
    expect(saidIn(await chat.say('Luca will play with a friend at break'))).toMatch(/Luca will play with a friend at break/);
    const reply = saidIn(await chat.say('NO. stop. go back'));
    expect(reply).toMatch(/put back the words it had before/);
    expect(reply).toMatch(/Luca will ask a friend to play at break time/);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe('By July 2027, Luca will ask a friend to play at break time.');
    expect(saidIn(await chat.say('yes'))).toMatch(/saved that outcome/);
    expect((await chat.draft())!.outcomes[0]!.statement).not.toMatch(/stop|go back/i);
  });

  it('"go back to the park with a friend" is still new words for the sentence', async () => {
    chat = await atReadBack();
    await chat.say('Luca will play with a friend at break');
    expect(saidIn(await chat.say('Luca will go back to the park with a friend'))).toMatch(/go back to the park/);
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/go back to the park/);
  });
});
