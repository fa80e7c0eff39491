import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { jadeAtReview, JADES_OUTCOMES } from './reviewSeed';

/* Jade, 17, at the review, changes one answer of an outcome by saying it in her own way. */

const OUTCOMES = JADES_OUTCOMES;
const JADE = jadeAtReview();

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
