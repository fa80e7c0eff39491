import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/* "add a hope", then "make a goal now": the hard-things question says why it comes first, and a step typed there is the goal's step. */

const seed = () =>
  samAtReview(14, [{ text: 'get a job at a cafe', theme: 'learning_and_work', needs: ['the till confuses me'] }], (d) =>
    withConfirmedOutcomes(d, () => ({ statement: 'By July 2027, I will use the till at the cafe.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'sue sees me' })),
  );

describe('a goal for a hope added at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"walk him to the park on my own every day" at what makes it hard is the goal\'s step, never a need', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('easy read');
    await chat.say('add a hope');
    await chat.say('walk buster more');
    await chat.say('yes');
    const asked = saidIn(await chat.say('make a goal now'));
    expect(asked).toMatch(/first, one question about what is hard/i);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('walk him to the park on my own every day');
    const draft = (await chat.draft())!;
    const hope = draft.aspirations.find((a) => a.text === 'walk buster more')!;
    expect(draft.needs.filter((n) => n.aspirationIds.includes(hope.id))).toEqual([]);
    expect(chat.step).not.toBe(Step.outcomeStep);
    const goal = draft.outcomes.find((o) => o.aspirationId === hope.id);
    expect(goal?.statement).toMatch(/walk him to the park on my own every day/i);
  });

  it('something hard typed there is still kept as what makes the new hope hard', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('add a hope');
    await chat.say('walk buster more');
    await chat.say('yes');
    await chat.say('yes');
    await chat.say('hes a staffie. hes well strong');
    const draft = (await chat.draft())!;
    const hope = draft.aspirations.find((a) => a.text === 'walk buster more')!;
    expect(draft.needs.filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.text).join(' ')).toMatch(/staffie/);
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
