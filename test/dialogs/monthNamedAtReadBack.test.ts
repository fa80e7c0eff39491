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

/* Josh (20) heard "May 2028" for "next football season": he put the month right in a sentence of his own. */
function footballAtReadBack(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By next football season (May 2028), I will play for a team on Saturdays.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'next football season', date: '2028-05-31' }, measure: 'the coach picks me', doesForMe: 'proud' });
}

describe('a month put right in a sentence at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yeah but next season starts in august not may" changes the date to August and reads back again', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Josh',
      age: 20,
      hopes: [{ text: 'play football for a team', theme: 'friends_and_community', needs: ['i get nervous with new people'] }],
      change: footballAtReadBack,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
    }));
    const replies = saidIn(await chat.say('yeah but next season starts in august not may'));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(outcome.timeframe?.date).toBe('2027-08-31');
    expect(outcome.statement).toMatch(/play for a team on Saturdays/);
    expect(replies).toMatch(/August 2027/);
    expect(replies).not.toMatch(/May 2028/);
  });
});
