import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Denise, mum of Harley (17, at college), gave "End of this college year" at "by when?" and it was
 * dated September 2027: a college year ends in July. At the read-back she typed "College year ends in
 * July not September but whatever, yes, that's right." and was asked for "one thing Harley will do";
 * her "What? I said YES it's right." then became the outcome. Her yes is a yes, with the date put right.
 */
function stepGiven(draft: Draft): Draft {
  return startOutcome(draft, { statement: 'Harley will hand in his college work on time', aspirationId: draft.aspirations[0]!.id, needIds: [] }).draft;
}
const DENISE = parentSeed({ name: 'Harley', age: 17, schoolYear: 12 }, [{ text: 'pass his college course', theme: 'learning_and_work', needs: ['he loses focus and misses deadlines'] }], {
  today: '2026-12-07',
  change: stepGiven,
  at: atOutcome(Step.outcomeWhen, { outcome: 0 }),
});

/** The read-back as Denise saw it: the end of the college year dated September. */
function datedSeptember(draft: Draft): Draft {
  const made = startOutcome(draft, { statement: 'By September 2027, Harley will hand in his college work on time.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(made.draft, made.outcome.id, { timeframe: { phrase: 'September 2027', date: '2027-09-30' }, measure: 'his tutor tells me', doesForMe: 'he would feel proud' });
}
const AT_READ_BACK = { ...DENISE, change: datedSeptember, at: atOutcome(Step.outcomeConfirm, { outcome: 0 }) };

describe('the end of a college year, for a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['in Year 12', DENISE],
    ['age only', { ...DENISE, schoolYear: undefined }],
  ])('"End of this college year" is July 2027 (%s)', async (_, seed) => {
    ({ chat } = await startWith(seed));
    await chat.say('End of this college year');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date.startsWith('2027-07')).toBe(true);
  });

  async function atReadBack(): Promise<void> {
    ({ chat } = await startWith(AT_READ_BACK));
    expect(chat.step).toBe(Step.outcomeConfirm);
  }

  it('"College year ends in July not September but whatever, yes, that\'s right." at the read-back: a yes, dated July', async () => {
    await atReadBack();
    const said = saidIn(await chat.say("College year ends in July not September but whatever, yes, that's right."));
    expect(said).not.toMatch(/one thing Harley will do/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date.startsWith('2027-07')).toBe(true);
    expect(outcome.statement).not.toMatch(/September|whatever|right/i);
    expect(outcome.statement).toMatch(/hand in his college work on time/);
    expect(chat.step).not.toBe(Step.outcomeConfirm);
    expect(outcome.confirmed).toBe(true);
  });

  it('"College year ends in July not September" with no yes: the new date is read back for a yes, never saved as agreed', async () => {
    await atReadBack();
    await chat.say('College year ends in July not September');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.confirmed).not.toBe(true);
  });

  it('"What? I said YES it\'s right." where one thing Harley will do was asked: a yes, never the outcome\'s words', async () => {
    ({ chat } = await startWith({ ...AT_READ_BACK, at: atOutcome(Step.outcomeConfirm, { outcome: 0, data: () => ({ sayIt: '1' }) }) }));
    const before = (await chat.draft())!.outcomes[0]!.statement;
    await chat.say("What? I said YES it's right.");
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).not.toMatch(/what|said|yes/i);
    expect(outcome.statement).toBe(before);
  });
});
