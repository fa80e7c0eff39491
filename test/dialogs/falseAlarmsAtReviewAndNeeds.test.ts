import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Two answers that are plan talk, not worries. A 15-year-old at the review: "change sumthing. dream 1
 * shud just say be a mechanic, the garage bit is dream 2 already". A 22-year-old at "what makes it
 * hard?": "kayley lives in a difrent house. i cant go on my own at nite". Neither is asked "Are you OK?";
 * the hard thing is kept. With someone else or fear beside it, the worry is still asked after.
 */

const CHECK = /Are you OK/i;
const REVIEW_SEED: Seed = {
  today: '2026-12-02',
  who: 'self',
  name: 'Jay',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'to be a mechanic in a garage', theme: 'learning_and_work', needs: [] },
    { text: 'to work in a garage', theme: 'learning_and_work', needs: [] },
  ],
  at: () => ({ stage: 'review', step: Step.reviewSummary }),
};
const TO_NEEDS = typedToNeedsFor('to see my friend kayley more');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('plan talk at the review is never asked after', () => {
  it.each([
    'change sumthing. dream 1 shud just say be a mechanic, the garage bit is dream 2 already',
    'hope two should just say be a mechanic',
    'the garage bit is dream 2 already',
  ])('%j: no "Are you OK?", no note', async (typed) => {
    ({ chat } = await startWith(REVIEW_SEED));
    const replies = saidIn(await chat!.say(typed));
    expect(replies).not.toMatch(CHECK);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat!.draft())?.flags).toEqual([]);
  });
});

describe('not going out alone yet, at "what makes it hard?"', () => {
  it.each([
    'kayley lives in a difrent house. i cant go on my own at nite',
    'i cant get the bus on my own at night',
    'im not allowed to go to town alone yet',
  ])('%j: kept as a hard thing, no "Are you OK?"', async (typed) => {
    chat = await typedTo(Step.needsBarrier, { name: 'Amy', age: '22' }, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CHECK);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain(typed);
  });

  it('near-miss: "i cant go home on my own at night, he waits for me" is still asked after', async () => {
    chat = await typedTo(Step.needsBarrier, { name: 'Amy', age: '22' }, TO_NEEDS);
    const replies = saidIn(await chat.say('i cant go home on my own at night, he waits for me'));
    expect(replies).toMatch(new RegExp(`${CHECK.source}|${CRISIS.source}`, 'i'));
  });
});
