import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * A grandad copies the bot's prompt ("one thing ... Start with 'I will ...'") into his answer:
 * "By the summer holidays (July 2027), I will one thing. Lily will manage ...". The statement holds
 * only his words: "By the summer holidays (July 2027), Lily will manage ...".
 */

const HOPES: SeedHope[] = [{ text: 'Lily wants to join Brownies', theme: 'friends_and_community', needs: ['she gets very tired walking'] }];

describe("the bot's prompt words copied into an outcome", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['By the summer holidays (July 2027), I will one thing. Lily will manage to walk into the church hall with her frame.', /^By the summer holidays \(July 2027\), Lily will manage to walk into the church hall/],
    ['I will one thing. Lily will walk into the church hall with her frame by July 2027.', /^Lily will walk into the church hall/],
    ['By July 2027, Lily will ... Lily will walk into the church hall with her frame.', /^By July 2027, Lily will walk into the church hall/],
  ])('%j keeps only the person\'s own words', async (typed, kept) => {
    const started = await startWith(parentSeed({ name: 'Lily', age: 7, schoolYear: 2 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
    chat = started.chat;
    await chat.say(typed);
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).not.toMatch(/one thing|\.\.\./);
    expect(statement).toMatch(kept);
  });

  it('leave alone: "Lily will do one thing at a time by July 2027" keeps its words', async () => {
    const started = await startWith(parentSeed({ name: 'Lily', age: 7, schoolYear: 2 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
    chat = started.chat;
    await chat.say('Lily will do one thing at a time in class by July 2027');
    expect((await chat.draft())?.outcomes[0]?.statement ?? '').toMatch(/one thing at a time/);
  });
});
