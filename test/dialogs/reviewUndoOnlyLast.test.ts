import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { SEED } from './internReviewSeed';

/*
 * "undo" at the review puts back the last change and nothing else: an outcome reworded, then a hope
 * taken out by typing, then "undo" brings the hope back and keeps the new outcome words. A second
 * "undo" has nothing left to put back and loses nothing.
 */

const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);
const outcomesOf = async (chat: Transcript) => (await chat.draft())!.outcomes.map((o) => o.statement);
const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join(' ');

describe('undo at the review puts back only the last change', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('an outcome changed, a hope removed by typing, then "undo": the hope comes back, the outcome stays changed', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 8');
    await chat.say('By July 2027, I will cook a meal on my own twice a week.');
    const changed = await outcomesOf(chat);
    expect(changed.join(' ')).toContain('twice a week');
    await walkToSummary(chat);
    await chat.say('remove the second hope');
    if (chat.step === Step.reviewChange) await chat.say('yes');
    expect(await hopesOf(chat)).toEqual(['get a paid job after my internship', 'live in my own flat']);
    await walkToSummary(chat);
    await chat.say('undo');
    expect(await hopesOf(chat)).toEqual(['get a paid job after my internship', 'be healthy', 'live in my own flat']);
    expect(await outcomesOf(chat)).toEqual(changed);
  });

  it('an outcome changed, then both hopes kept by typing, then "undo": only the both-hopes change is put back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 4');
    await chat.say('be fit and healthy');
    await chat.say('change 8');
    await chat.say('By July 2027, I will cook a meal on my own twice a week.');
    const changed = await outcomesOf(chat);
    await chat.say('put both hopes back');
    expect(await hopesOf(chat)).toEqual(['get a paid job after my internship', 'be healthy', 'be fit and healthy', 'live in my own flat']);
    await chat.say('undo');
    expect(await hopesOf(chat)).toEqual(['get a paid job after my internship', 'be fit and healthy', 'live in my own flat']);
    expect(await outcomesOf(chat)).toEqual(changed);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('a hope changed, "undo", then "undo" again: a kind word, nothing lost', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change 4');
    await chat.say('be fit and healthy');
    await chat.say('undo');
    const after = await chat.draft();
    expect(after!.aspirations.map((a) => a.text)).toContain('be healthy');
    const replies = await chat.say('undo');
    expect(textOf(replies)).toMatch(/nothing|already/i);
    expect(JSON.stringify((await chat.draft())!.aspirations)).toBe(JSON.stringify(after!.aspirations));
    expect(JSON.stringify((await chat.draft())!.outcomes)).toBe(JSON.stringify(after!.outcomes));
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"undo" before anything was changed: nothing to undo yet, and the review question again', async () => {
    ({ chat } = await startWith(SEED));
    const before = await chat.draft();
    const replies = await chat.say('undo');
    expect(textOf(replies)).toMatch(/nothing to undo/i);
    expect(chat.step).toBe(Step.reviewSummary);
    expect(JSON.stringify(await chat.draft())).toBe(JSON.stringify(before));
  });

  it('"undo" at the end with nothing changed: nothing to undo yet, and the end question again', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    const before = await chat.draft();
    const replies = await chat.say('undo');
    expect(textOf(replies)).toMatch(/nothing to undo/i);
    expect(chat.step).toBe(Step.reviewDone);
    expect(JSON.stringify((await chat.draft())!.aspirations)).toBe(JSON.stringify(before!.aspirations));
  });
});

async function walkToSummary(chat: Transcript): Promise<void> {
  for (let turn = 0; turn < 3 && chat.step !== Step.reviewSummary; turn++) await chat.say('no thats fine');
}
