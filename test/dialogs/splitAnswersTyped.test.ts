import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * Answers that carry two things are split into their fields: a step said with its help is the
 * outcome with the help kept under it as provision; an answer at "how will everyone know?" is the
 * measure, even when it is led by "the target is" or "we will know by".
 */

const FRIENDS: SeedHope = { text: 'She wants to have friends', theme: 'friends_and_community', needs: ['She finds talking hard'] };
const AMIRA = { name: 'Amira', age: 7, schoolYear: 2 };

describe('an answer that carries two things is split into its fields', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['she can say hello to her friends with her talker if she has the speech therapist each week', 'she can say hello to her friends with her talker', 'the speech therapist each week'],
    ['she will say hello to her friends with her talker if the speech therapist sees her each week', 'she will say hello to her friends with her talker', 'the speech therapist sees her each week'],
  ])('"%s" at the step: the step is the outcome, the help is provision under it', async (typed, step, help) => {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(step);
    expect(outcome.provision.map((p) => p.text)).toEqual([help]);
  });

  it('"she can manage lunch as long as there is an adult near her" is still help, and the step is asked for', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    await chat.say('she can manage lunch in the hall as long as there is an adult near her');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it.each([
    ['the target is she says hello to 3 friends a day', 'she says hello to 3 friends a day'],
    ['no the step is fine, we will know when she does it every day', 'she does it every day'],
    ['we will know by she can do it on her own', 'she can do it on her own'],
  ])('"%s" at "how will everyone know?" is the measure; the step stays as it was', async (typed, measure) => {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    await chat.say('she will say hello to her friends with her talker');
    await chat.say('by the summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('she will say hello to her friends with her talker');
    expect(outcome.measure).toBe(measure);
  });

  it('"no the step is: she waves to her friends" at the measure question still puts the step right', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    await chat.say('she will say hello to her friends with her talker');
    await chat.say('by the summer');
    await chat.say('no the step is: she waves to her friends at the gate');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('she waves to her friends at the gate');
    expect(outcome.measure ?? null).toBeNull();
  });

  /** The first outcome, finished with "1:1 support at playtime" as its help, and a second up to its help question. */
  async function atSecondHelp(): Promise<void> {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    for (const typed of ['she will say hello to her friends with her talker', 'by the summer', 'she says hello 3 times a day', 'happy', 'play with friends', '1:1 support at playtime', 'yes', 'yes']) await chat.say(typed);
    for (const typed of ['she will play a game with a friend', 'by the summer', 'she asks a friend to play', 'happy', 'friends']) await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeProvides);
  }

  it.each(['the 1:1 again', 'same as before'])('"%s" at the help question keeps the help named before, not the words', async (typed) => {
    await atSecondHelp();
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const second = (await chat.draft())!.outcomes[1]!;
    expect(second.provision.map((p) => p.text)).toEqual(['1:1 support at playtime']);
  });

  it('"a speech therapist" at the help question is new help, kept as typed', async () => {
    await atSecondHelp();
    await chat.say('a speech therapist');
    const second = (await chat.draft())!.outcomes[1]!;
    expect(second.provision.map((p) => p.text)).toEqual(['a speech therapist']);
  });

  /** One outcome up to "what help would Amira need?". */
  async function atFirstHelp(): Promise<void> {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    for (const typed of ['she will say hello to her friends with her talker', 'by the summer', 'she says hello 3 times a day', 'happy', 'play with friends']) await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeProvides);
  }

  it('"speech therapy" then "every week": one help, given every week; the step is unchanged', async () => {
    await atFirstHelp();
    await chat.say('speech therapy');
    await chat.say('every week');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('she will say hello to her friends with her talker');
    expect(outcome.provision.map((p) => [p.text, p.howOften])).toEqual([['speech therapy', 'every week']]);
  });

  it('"speech therapy" then "maybe twice a week" at "what would it make possible?" adds how often to the same help', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    for (const typed of ['she will say hello to her friends with her talker', 'by the summer', 'she says hello 3 times a day', 'happy', 'speech therapy', 'maybe twice a week']) await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.howOften)).toEqual(['twice a week']);
    expect(outcome.makesPossible ?? null).toBeNull();
  });

  it('"she plays with friends every week" at "what would it make possible?" is what it makes possible, not how often', async () => {
    ({ chat } = await startWith(parentSeed(AMIRA, [FRIENDS])));
    for (const typed of ['she will say hello to her friends with her talker', 'by the summer', 'she says hello 3 times a day', 'happy', 'speech therapy', 'she plays with friends every week']) await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.howOften ?? null)).toEqual([null]);
    expect(outcome.makesPossible).toBe('she plays with friends every week');
  });
});
