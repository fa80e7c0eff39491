import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/* Jade, 17, at the review, changes one answer of an outcome by saying it in her own way. */

const OUTCOMES = [
  { statement: 'By July 2027, I will take the bus to college on my own.', timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'i get there on time', doesForMe: 'i wud be less stressed', makesPossible: 'go out with friends' },
  { statement: 'By June 2027, I will work on the till in a shop.', timeframe: { phrase: 'by june 2027', date: '2027-06-30' }, measure: 'my manager says im ok', doesForMe: 'i feel proud', makesPossible: 'save money' },
];

const JADE: Seed = {
  today: '2026-12-02',
  name: 'Jade',
  age: 17,
  schoolYear: 12,
  hopes: [
    { text: 'go to college on my own', theme: 'independent_living', needs: ['i cant get the bus on my own'] },
    { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['maths n money'] },
  ],
  change: (draft) => withConfirmedOutcomes(draft, (i) => OUTCOMES[i]!),
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

const busOutcome = async (chat: Transcript) => (await chat.draft())!.outcomes.find((o) => /bus/.test(o.statement))!;

describe('Jade changes one answer of an outcome at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the bus one what it does for me is wrong. it shud say ..." changes what it would do for her, nothing else', async () => {
    ({ chat } = await startWith(JADE));
    const reply = saidIn(await chat.say('the bus one what it does for me is wrong. it shud say i feel more grown up and mum dont have to take time off'));
    expect(reply).toMatch(/"i feel more grown up and mum dont have to take time/);
    expect(reply).not.toMatch(/shud say|is wrong/);
    await chat.say('yes');
    const bus = await busOutcome(chat);
    expect(bus.doesForMe).toBe('i feel more grown up and mum dont have to take time off');
    expect(bus.statement).toBe(OUTCOMES[0]!.statement);
    expect(bus.makesPossible).toBe('go out with friends');
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"the till one what it makes possible shud be different" asks for her words, and takes them', async () => {
    ({ chat } = await startWith(JADE));
    const asked = saidIn(await chat.say('the till one what it makes possible shud be different'));
    expect(asked).toMatch(/"save money"/);
    await chat.say('no change it to: i cud get a better job');
    const till = (await chat.draft())!.outcomes.find((o) => /till/.test(o.statement))!;
    expect(till.makesPossible).toBe('i cud get a better job');
    expect(till.statement).toBe(OUTCOMES[1]!.statement);
  });

  it('"no change it to: ..." at the words read back takes the new words, never a plain no', async () => {
    ({ chat } = await startWith(JADE));
    await chat.say('the bus one what it does for me shud say i feel grown up');
    const reply = saidIn(await chat.say('no change it to: i feel more grown up and mum dont have to take time off'));
    expect(reply).toMatch(/"i feel more grown up and mum dont have to take time/);
    expect(reply).not.toMatch(/change it to/);
    await chat.say('yes');
    expect((await busOutcome(chat)).doesForMe).toBe('i feel more grown up and mum dont have to take time off');
  });

  it('"ugh forget it" at a question about one answer goes back to the summary kindly, nothing changed', async () => {
    ({ chat } = await startWith(JADE));
    const before = await busOutcome(chat);
    await chat.say('the bus one what it does for me shud be different');
    const reply = saidIn(await chat.say('ugh forget it'));
    expect(chat.step).toBe(Step.reviewSummary);
    expect(reply).toMatch(/That's fine/);
    expect(reply).not.toMatch(/didn't catch|not understood/i);
    expect(await busOutcome(chat)).toEqual(before);
  });

  it('"the when bit shud be by xmas 2027" changes the date of the outcome she names, never a new hope', async () => {
    ({ chat } = await startWith(JADE));
    await chat.say('the bus one, the when bit shud be by xmas 2027');
    await chat.say('ye');
    const bus = await busOutcome(chat);
    expect(bus.timeframe?.date.slice(0, 7)).toBe('2027-12');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
