import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import { quotedStartOf } from '../../src/language/quotedStart';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * A carer at the read-back, two goals: "Please also change the one that starts 'he is only seven'".
 * The words a part starts with name it, even when another part holds them too; "Neither" at a
 * which-one question, or at "what should it say now?", changes nothing.
 */

const GOALS = ['By July 2027, Ben will read a short book with his mum, though he is only seven.', 'By July 2027, Ben will swim a width of the pool.'];
const BEN = () => parentSeed({ name: 'Ben', age: 7, schoolYear: 2 }, [
  { text: 'enjoy reading books', theme: 'learning_and_work', needs: ['he is only seven and finds letters hard'] },
  { text: 'learn to swim', theme: 'health_and_wellbeing', needs: ['he is scared of water'] },
], { change: (d: Draft) => withConfirmedOutcomes(d, (i) => ({ statement: GOALS[i]!, timeframe: { phrase: 'by july', date: '2027-07-20' } })), at: atReviewSummary });

const parts = (draft: Draft) => ({ hopes: draft.aspirations.map((a) => a.text), needs: draft.needs.map((n) => n.text), goals: draft.outcomes.map((o) => [o.statement, o.aspirationId]) });

describe('a part named by the words it starts with, and "Neither" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["Please also change the one that starts 'he is only seven'", 'change the bit beginning with he is only seven'])('"%s" asks what the part starting so should say', { timeout: 60000 }, async (typed) => {
    ({ chat } = await startWith(BEN()));
    expect(saidIn(await chat.say(typed))).toMatch(/Now it says: "he is only seven and finds letters hard"/);
  });

  it('"change the one that starts ben will swim" finds the goal after its date', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(BEN()));
    expect(saidIn(await chat.say('change the one that starts ben will swim'))).toMatch(/swim a width of the pool/);
  });

  it.each(['Neither', 'none', 'neither of them'])('"%s" at "what should it say now?" changes nothing', { timeout: 60000 }, async (none) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(BEN()));
    await chat.say("Please also change the one that starts 'he is only seven'");
    expect(saidIn(await chat.say(none))).toMatch(/haven't changed anything/);
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });

  it.each(['Neither', 'none of them'])('"%s" at "which part would you like to change?" changes nothing', { timeout: 60000 }, async (none) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(BEN()));
    expect(saidIn(await chat.say('Change something'))).toMatch(/Which part/);
    expect(saidIn(await chat.say(none))).toMatch(/haven't changed anything/);
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });

  it('"Neither" at "which outcome should move?" moves nothing', { timeout: 60000 }, async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(BEN()));
    expect(saidIn(await chat.say('move a goal'))).toMatch(/Which outcome should move/);
    expect(saidIn(await chat.say('Neither'))).toMatch(/haven't changed anything/);
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });
});

describe('quotedStartOf', () => {
  it.each([
    ["Please also change the one that starts 'he is only seven'", 'he is only seven'],
    ['the bit beginning with i want to', 'i want to'],
    ['change the goal that starts “By July 2027, Ben will swim”', 'By July 2027, Ben will swim'],
  ])('"%s" names the start "%s"', (typed, start) => expect(quotedStartOf(typed)).toBe(start));

  it.each([
    'change the one about starting school',
    'the one that says he starts school in september',
    'he starts at college soon',
    'change the start date',
    'the one where she starts swimming',
    'the one that starts',
    'she starts year 7 in september so change the goal',
  ])('"%s" names no start', (typed) => expect(quotedStartOf(typed)).toBeUndefined());
});
