import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * At the read-back of an outcome, parents tap "How everyone will know" when asked which part to
 * change, or type the part's name and then its new words ("how everyone will know should be: ...",
 * "the sentence should be: ...", "change it to: ..."). The words of the button, or the part's name,
 * are never kept: the bot asks for the new words, or keeps only the words after the name.
 */
const BEN = parentSeed({ name: 'Ben', age: 8, schoolYear: 4 }, [{ text: 'he wants to have a friend to play with', theme: 'friends_and_community', needs: ['he finds it hard to join in'] }], { today: '2026-12-04' });
const TO_READ_BACK = ['he will play a game with a friend at break', 'end of year 4', 'his teacher will see him play with a friend 3 times a week', 'he would feel happy', 'he could go to parties', 'a grown up to help him join in'];

async function benAt(lines: readonly string[]): Promise<Transcript> {
  const { chat } = await startWith(BEN);
  for (const said of lines) if (chat.step !== Step.outcomeConfirm) await chat.say(said);
  return chat;
}

describe('the part named at the read-back is never kept as its words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['How everyone will know', 'how everyone will know'])('%j at "Which part shall we change?" asks for the new words', async (typed) => {
    chat = await benAt(TO_READ_BACK);
    expect(saidIn(await chat.say('thats not right'))).toMatch(/Which part shall we change/);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/What should "how everyone will know" say/);
    expect((await chat.draft())!.outcomes[0]!.measure ?? '').not.toMatch(/everyone will know/i);
    await chat.say('his teacher will see him play with a friend at break most days');
    const measure = (await chat.draft())!.outcomes[0]!.measure ?? '';
    expect(measure).toMatch(/at break most days/);
    expect(measure).not.toMatch(/everyone will know/i);
  });

  it.each([[[]], [['thats not right']], [['thats not right', 'how everyone will know']]])('"how everyone will know should be: ..." keeps only the words after it (after %j)', async (before: string[]) => {
    chat = await benAt(TO_READ_BACK);
    for (const typed of before) await chat.say(typed);
    await chat.say('how everyone will know should be: Ben plays with a friend at break on most days, his teacher will see');
    const measure = (await chat.draft())!.outcomes[0]!.measure ?? '';
    expect(measure).toMatch(/plays with a friend at break on most days/);
    expect(measure).not.toMatch(/everyone will know|should be/i);
  });

  it.each([
    ['the sentence should be: Ben will play a game with a friend at break on most days', []],
    ['change it to: Ben will play a game with a friend at break on most days', []],
    ['the sentence should be: Ben will play a game with a friend at break on most days', ['thats not right']],
    ['change it to: Ben will play a game with a friend at break on most days', ['thats not right', 'the sentence']],
    ['the sentence should be: Ben will play a game with a friend at break on most days', ['thats not right', 'the sentence']],
  ] as const)('%j keeps only the words after it (after %j)', async (typed, before) => {
    chat = await benAt(TO_READ_BACK);
    for (const said of before) await chat.say(said);
    await chat.say(typed);
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(statement).toMatch(/play a game with a friend at break on most days/);
    expect(statement).not.toMatch(/sentence|should be|change it/i);
  });
});
