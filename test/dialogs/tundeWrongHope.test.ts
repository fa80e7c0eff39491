import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * At the review a father says the toilet goal for his son Tunde (8) is under the wrong hope (the
 * road hope). Which hope is asked; "no dont change road dream. I want new dream for toilet" makes
 * a new hope and moves the outcome there. The road hope's words never change.
 */

const ROAD = 'one day he can cross the road safe';

function bothUnderRoad(draft: Draft): Draft {
  let d = draft;
  for (const statement of ['By July 2027, Tunde will stop at the kerb and wait for an adult.', 'By July 2027, Tunde will go to the toilet alone at school.']) {
    const started = startOutcome(d, { statement, aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] });
    d = updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'his teacher sees it', confirmed: true });
  }
  return d;
}

const SEED: Seed = parentSeed(
  { name: 'Tunde', age: 8, schoolYear: 3 },
  [
    { text: ROAD, theme: 'independent_living', needs: ['he run and not look at cars'] },
    { text: 'he has friends to play with', theme: 'friends_and_community', needs: ['he plays alone'] },
  ],
  { today: '2027-03-10', change: bothUnderRoad, at: () => ({ stage: 'review', step: Step.reviewSummary }) },
);

const toiletHope = async (chat: Transcript) => {
  const draft = (await chat.draft())!;
  const toilet = draft.outcomes.find((o) => /toilet/.test(o.statement))!;
  return { draft, hope: draft.aspirations.find((a) => a.id === toilet.aspirationId)! };
};

describe('an outcome under the wrong hope, at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"The toilet goal is under wrong hope" asks which hope; "I want new dream for toilet" makes one and moves it', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('The toilet goal is under wrong hope. It is not about road'));
    expect(chat.step).toBe(Step.reviewChange);
    expect(asked).toMatch(/Which hope is "By July 2027, Tunde will go to the toilet/);
    await chat.say('no dont change road dream. I want new dream for toilet');
    expect(chat.lastQuestion!.activity.text).toMatch(/new hope/);
    await chat.say('he use the toilet by himself at school');
    const { draft, hope } = await toiletHope(chat);
    expect(hope.text).toBe('he use the toilet by himself at school');
    expect(draft.aspirations.map((a) => a.text)).toContain(ROAD);
    expect(draft.aspirations.map((a) => a.text).join(' ')).not.toMatch(/dont change|new dream/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('the new hope said with the asking is made at once', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('The toilet goal is under wrong hope');
    await chat.say('I want a new hope for it: he can use the toilet on his own');
    const { hope } = await toiletHope(chat);
    expect(hope.text).toBe('he can use the toilet on his own');
  });

  it('an existing hope can still be picked', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('the toilet goal is in the wrong dream');
    await chat.say('friends');
    expect((await toiletHope(chat)).hope.text).toBe('he has friends to play with');
  });

  it('"no dont change road dream" at the list of parts leaves the road hope as it is', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('no dont change road dream');
    expect((await chat.draft())!.aspirations[0]!.text).toBe(ROAD);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
