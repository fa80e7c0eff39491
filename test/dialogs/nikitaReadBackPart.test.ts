import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { finishOutcome, GAMES } from './outcomeSeed';

/*
 * Nikita at the outcome read-back: "not the outcome, the how everyone will know part" turns down the
 * sentence and names the part to change. The bot asks what how everyone will know should say; the
 * sentence is untouched.
 */

describe('the part to change, named after "not the outcome"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['the how everyone will know bit', ''],
    ['not the outcome, the how everyone will know part', ''],
    ['not the sentence the how will everyone know bit', ''],
    ['not the outcome, the how everyone will know part', 'no'],
    ['no not that, the how everyone will know part', ''],
  ])('"%s" (after "%s") asks for how everyone will know, and keeps the sentence', async (typed, before) => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    const sentence = (await chat.draft())!.outcomes[0]!.statement;
    if (before) await chat.say(before);
    const reply = saidIn(await chat.say(typed));
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(sentence);
    expect(reply).toMatch(/how (?:everyone|we|people) (?:will|would) know/i);
    expect(reply).not.toMatch(/will not the outcome/i);
    await chat.say('my tutor signs off my log book');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toMatch(/tutor signs off my log book/i);
    expect(outcome.statement).toBe(sentence);
  });
});
