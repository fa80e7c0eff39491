import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * A dad who is asked which part to change, or for new words, and wants it left as it is: "i dont
 * want to change anything its fine leave it", "keep same", "stop". Nothing is changed, nothing he
 * said becomes the goal, and the chat moves on.
 */
const BEN = parentSeed({ name: 'Ben', age: 8, schoolYear: 4 }, [{ text: 'he wants to have a friend to play with', theme: 'friends_and_community', needs: ['he finds it hard to join in'] }], { today: '2026-12-04' });
const TO_READ_BACK = ['he will play a game with a friend at break', 'end of year 4', 'his teacher will see him play with a friend 3 times a week', 'he would feel happy', 'he could go to parties', 'a grown up to help him join in'];

async function benAt(lines: readonly string[]): Promise<Transcript> {
  const { chat } = await startWith(BEN);
  for (const said of lines) if (chat.step !== Step.outcomeConfirm) await chat.say(said);
  return chat;
}

describe('leaving an outcome as it is', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i dont want to change anything its fine leave it" at which part changes nothing and moves on', async () => {
    chat = await benAt(TO_READ_BACK);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const before = (await chat.draft())!.outcomes[0]!;
    expect(saidIn(await chat.say('thats not right'))).toMatch(/Which part shall we change/);
    const replies = saidIn(await chat.say('i dont want to change anything its fine leave it'));
    expect(replies).not.toMatch(/Say it as one thing/);
    const after = (await chat.draft())!.outcomes[0]!;
    expect(after.statement).toMatch(/play a game with a friend at break/);
    expect(after.statement).not.toMatch(/change|leave/i);
    expect(after.measure).toBe(before.measure);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });

  it.each(['keep same', 'stop', 'leave it as it is'])('%j when asked for new words keeps the goal as it was', async (said) => {
    chat = await benAt(TO_READ_BACK);
    await chat.say('thats not right');
    await chat.say('the sentence');
    const replies = saidIn(await chat.say(said));
    expect(replies).not.toMatch(/I've changed/);
    expect(replies).not.toMatch(/I will keep same|to "stop"/i);
    // The goal read back stays: their words, tidied as it was offered, and nothing they said now.
    const after = (await chat.draft())!.outcomes[0]!;
    expect(after.statement).toMatch(/play a game with a friend at break/);
    expect(after.statement).not.toMatch(/same|stop|leave/i);
  });
});
