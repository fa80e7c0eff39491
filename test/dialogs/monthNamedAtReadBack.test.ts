import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { readWhenAnswer } from '../../src/language/whenAnswer';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Aaron (19) put his date right at the read-back by naming a month: the next such month, never one gone. */

function atReadBack(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By the end of the year (December 2026), I will do a car maintenance course.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'end of the year', date: '2026-12-31' }, measure: 'I get the certificate', doesForMe: 'proud' });
}

const aaron = () =>
  startWith({
    today: '2026-12-04',
    name: 'Aaron',
    age: 19,
    hopes: [{ text: 'be a mechanic', theme: 'learning_and_work', needs: ['reading is hard'] }],
    change: atReadBack,
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
  });

describe('a month named at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no its june not december', 'june 2027'])('"%s" is June 2027, in a whole sentence', async (said) => {
    ({ chat } = await aaron());
    const replies = saidIn(await chat.say(said));
    const outcome = (await chat.draft())!.outcomes[0]!;
    const shown = `${replies}\n${outcome.statement}\n${outcome.timeframe?.date}`;
    expect(shown).not.toMatch(/2026-06|June 2026|By the \(/i);
    if (outcome.timeframe?.date !== '2026-12-31') expect(outcome.timeframe?.date).toBe('2027-06-30');
    else expect(replies).toMatch(/June 2027|30 June 2027/i);
  });
});

describe('a month said after a time of year, at "by when?"', () => {
  it('"end of the year. june" is June 2027, not December', () => {
    expect(readWhenAnswer('end of the year. june', { today: '2026-12-04', age: 19 }).timeframe?.date).toBe('2027-06-30');
    expect(readWhenAnswer('end of the year', { today: '2026-12-04', age: 19 }).timeframe?.date).toBe('2026-12-31');
  });
});
