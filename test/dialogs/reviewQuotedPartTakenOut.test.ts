import { afterEach, describe, expect, it } from 'vitest';
import { addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * A mum at the review quotes what she wants gone: a part of a longer "makes possible" answer ("take
 * out 'And me being able to sleep at night. ...'"), a question kept as a hope ("take out the last one
 * 'Does Tia's plan need to say ...?'"), a help named by its words ("take no more than 1 detention a
 * week out of the help bit"). The item holding the quoted words is offered, and only those words go.
 */
const TRANSITION = "A proper transition, so she is not scared. And me being able to sleep at night. Sorry, that's me again, not Tia.";
const QUESTION = "Does Tia's plan need to say anything about changing school?";

function tiaPlan(draft: Draft): Draft {
  const made = confirmedOutcome(draft, 0, 'By the end of Year 5, Tia will visit her new school 3 times with her teacher.', {
    timeframe: { phrase: 'by the end of Year 5', date: '2027-07-23' },
    measure: 'her teacher writes down each visit',
    doesForMe: 'she would feel calmer',
    makesPossible: TRANSITION,
  });
  const quiet = addProvision(made.draft, made.id, 'a quiet place to work at lunch', 'education').draft;
  return addProvision(quiet, made.id, 'no more than 1 detention a week', 'education').draft;
}

const TIA: Seed = parentSeed(
  { name: 'Tia', age: 9, schoolYear: 5 },
  [
    { text: 'Tia to move up to secondary school happily', theme: 'learning_and_work', needs: ['she gets scared by new places'] },
    { text: QUESTION, theme: null, needs: [] },
  ],
  { change: tiaPlan, at: atReviewSummary },
);

describe('the item holding the quoted words is the one offered', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"take out \'And me being able to sleep at night. ...\'" takes out only those words', async () => {
    ({ chat } = await startWith(TIA));
    const asked = saidIn(await chat.say("take out 'And me being able to sleep at night. Sorry, that's me again, not Tia.'"));
    expect(asked).toMatch(/sleep at night/);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible).toMatch(/A proper transition, so she is not scared/);
    expect(outcome.makesPossible).not.toMatch(/sleep at night|me again/);
  });

  it('"Please take out the last one \'Does Tia\'s plan need ...?\'" offers that hope', async () => {
    ({ chat } = await startWith(TIA));
    const asked = saidIn(await chat.say(`Please take out the last one '${QUESTION}'`));
    expect(asked).toMatch(/changing school/);
    expect(asked).not.toMatch(/visit her new school/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['Tia to move up to secondary school happily']);
    expect(draft.outcomes).toHaveLength(1);
  });

  it('"take no more than 1 detention a week out of the help bit. its not help" offers that help', async () => {
    ({ chat } = await startWith(TIA));
    const asked = saidIn(await chat.say('take no more than 1 detention a week out of the help bit. its not help'));
    expect(asked).toMatch(/detention/);
    expect(asked).not.toMatch(/quiet place/);
    const done = saidIn(await chat.say('yes'));
    expect(done).not.toMatch(/haven't changed anything/);
    const help = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(help).toEqual(['a quiet place to work at lunch']);
  });
});
