import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Nikita (17) at the read-back: "ok yeah. but wheres the theory test bit gone" is no yes. */

function atReadBack(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'get my driving lessons', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, {
    timeframe: { phrase: 'in a year', date: '2027-12-06' },
    measure: 'I get my full licence',
    inTheirWords: 'pass my theory test and get my driving lessons',
  });
}

const nikita = () =>
  startWith({
    today: '2026-12-06',
    name: 'Nikita',
    age: 17,
    hopes: [{ text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] }],
    change: atReadBack,
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
  });

describe('a yes, then a part said to be missing, at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"ok yeah. but wheres the theory test bit gone": not saved; "theory test" put back from her words and read back', async () => {
    ({ chat } = await nikita());
    const said = saidIn(await chat.say('ok yeah. but wheres the theory test bit gone'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(false);
    expect(outcome.statement).toMatch(/theory test/);
    expect(said).toMatch(/put "theory test" back/);
  });

  it('"yeah but you missed out the swimming bit": not in her words, so she is asked to type it', async () => {
    ({ chat } = await nikita());
    const said = saidIn(await chat.say('yeah but you missed out the swimming bit'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
    expect(said).toMatch(/missed something out/);
    expect(said).toMatch(/type it the way you'd like/);
  });

  it('"ok yeah" is still a yes', async () => {
    ({ chat } = await nikita());
    await chat.say('ok yeah');
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(true);
  });
});
