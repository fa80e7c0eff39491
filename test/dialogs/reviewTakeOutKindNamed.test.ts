import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * A part named by its words to take out is read back by what kind of part it is and its words
 * ("Take out this goal? It says: ..."), never by a place in a list the person has not seen.
 */

const STATEMENTS = ['By July 2027, I will cook pasta on my own.', 'By July 2027, I will catch the bus to college.', 'skip this dream', 'By July 2027, I will go to the gym each week.'];
const SEED = samAtReview(
  11,
  [
    { text: 'live in my own flat', theme: 'independent_living', needs: ['i cant cook yet'] },
    { text: 'go to college', theme: 'learning_and_work', needs: ['buses are scary'] },
    { text: 'be a famous singer', theme: 'learning_and_work', needs: ['i get stage fright'] },
    { text: 'get fit', theme: 'health_and_wellbeing', needs: ['i get tired'] },
  ],
  (d) => withConfirmedOutcomes(d, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } })),
);

describe('taking out a part named by its words at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('easy read: "take out the skip this dream one its not real" asks "Take out this goal?" with its words', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('easy read');
    const asked = saidIn(await chat.say('take out the skip this dream one its not real'));
    expect(asked).not.toMatch(/number \d+/i);
    expect(asked).toContain('Take out this goal? It says: "skip this dream"');
    await chat.say('yes');
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).not.toContain('skip this dream');
  });

  it('"take out the famous singer hope" reads it back by its words, with no number', async () => {
    ({ chat } = await startWith(SEED));
    const asked = saidIn(await chat.say('take out the famous singer hope'));
    expect(asked).not.toMatch(/number \d+/i);
    expect(asked).toContain('be a famous singer');
  });
});
