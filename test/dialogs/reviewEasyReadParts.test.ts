import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { Step } from '../../dialogs/ids';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * In easy read the plan is read back one hope at a time, with its goals, and "Is this right?" is
 * asked after each. What is missing is said first, in a few short lines.
 */

type CardElement = { type: string; text?: string; items?: CardElement[]; facts?: { title: string; value: string }[] };
const cardTexts = (elements: readonly CardElement[]): string[] =>
  elements.flatMap((e) => [...(e.text ? [e.text] : []), ...(e.facts ?? []).flatMap((f) => [f.title, f.value]), ...cardTexts(e.items ?? [])]);
const textsOf = (activities: readonly Partial<Activity>[]): string[] =>
  activities.flatMap((a) => (a.attachments ?? []).flatMap((at) => cardTexts((at.content as { body?: CardElement[] })?.body ?? [])));

function filledIn(draft: Draft): Draft {
  const withGoals = withConfirmedOutcomes(addAboutMe(draft, 'strengths', 'I am good at drawing'), (i) => ({
    statement: i === 0 ? 'By July 2026, I will make a small game.' : 'By July 2026, I will go to a club every week.',
    timeframe: { phrase: 'by July 2026', date: '2026-07-22' },
    ...(i === 0 ? { measure: 'my teacher plays it' } : {}),
  }));
  return withGoals;
}

const SEED = {
  ...samAtReview(
    10,
    [
      { text: 'I want to design computer games', theme: 'learning_and_work' as const, needs: ['Reading long instructions is hard'] },
      { text: 'Have more friends', theme: 'friends_and_community' as const, needs: ['Busy places make me worried'] },
    ],
    filledIn,
  ),
  at: () => ({ stage: 'review' as const, step: Step.reviewSummary, data: { part: '0' } }),
};

describe('the easy-read read-back, one hope at a time', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('says what is missing, then reads back each hope with its goals and asks "Is this right?" after each', async () => {
    ({ chat } = await startWith(SEED));
    const first = await chat.say('easy read please');
    expect(chat.step).toBe(Step.reviewSummary);
    expect(chat.lastQuestion!.activity.text).toBe('Is this right?');
    expect(chat.lastQuestion!.choices).toEqual(['Yes', 'Change something']);
    const shown = textsOf([chat.lastQuestion!.activity]);
    expect(shown).toContain('Dream 1 of 2');
    expect(shown).toContain('I want to design computer games');
    expect(shown).toContain('By July 2026, I will make a small game.');
    expect(shown).toContain('my teacher plays it');
    expect(shown.join(' ')).not.toContain('Have more friends');
    expect(shown.length).toBeLessThanOrEqual(12);
    expect(textsOf(first).join(' ')).toMatch(/How we know for "By July 2026, I will go to a club every week"/);

    await chat.say('yes thats right');
    const second = textsOf([chat.lastQuestion!.activity]);
    expect(second).toContain('Dream 2 of 2');
    expect(second).toContain('Have more friends');
    expect(second).toContain('By July 2026, I will go to a club every week.');
    expect(second).toContain('Not done yet');
    expect(second.join(' ')).not.toContain('computer games');

    const before = await chat.draft();
    await chat.say('yep');
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.outcomes).toEqual(before!.outcomes);
  });

  it('"no its wrong" at a hope asks what to change; "show me my goals" shows them all', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('easy read');
    await chat.say('show me my goals');
    const goals = textsOf([chat.lastQuestion!.activity]);
    expect(goals).toContain('By July 2026, I will make a small game.');
    expect(goals).toContain('By July 2026, I will go to a club every week.');
    expect(chat.step).toBe(Step.reviewSummary);
    await chat.close();
    ({ chat } = await startWith(SEED));
    await chat.say('easy read');
    await chat.say('no its wrong');
    expect(chat.step).toBe(Step.reviewChange);
    // Picking what to change, "show my goals" shows them first.
    await chat.say('show my goals');
    expect(chat.step).toBe(Step.reviewSummary);
    expect(textsOf([chat.lastQuestion!.activity])).toContain('By July 2026, I will make a small game.');
  });

  it('reads back what each goal does for them and makes possible, in short quotes of their words', async () => {
    const seed = {
      ...SEED,
      change: (draft: Draft) =>
        withConfirmedOutcomes(draft, () => ({
          statement: 'By July 2026, I will make a small game.',
          timeframe: { phrase: 'by July 2026', date: '2026-07-22' },
          measure: 'my teacher plays it',
          doesForMe: 'i would feel proud of myself',
          makesPossible: 'i could show it to my cousin and maybe make games as a job one day when i am older',
        })),
    };
    ({ chat } = await startWith(seed));
    await chat.say('easy read please');
    const shown = textsOf([chat.lastQuestion!.activity]).join(' | ');
    expect(shown).toContain('What it does for me | "i would feel proud of myself"');
    expect(shown).toMatch(/What I can do next \| "i could show it to my cousin[^"]*…"/);
  });
});
