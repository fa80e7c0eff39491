import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/*
 * How everyone will know is often two sentences ("She will ask for help. Her teacher will see it in
 * class."). At the review it is kept whole: changed as one part, never split into two changes.
 */

const MEASURE = 'She will ask for help. Her teacher will see it in class.';

const withOutcome = (draft: Draft): Draft =>
  withConfirmedOutcomes(draft, () => ({ statement: 'By July 2027, Maisie will ask for help in class.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'her teacher sees it' }));

const SEED = parentSeed({ name: 'Maisie', age: 9, schoolYear: 4 }, [{ text: 'she wants to do well at school', theme: 'learning_and_work', needs: ['she will not ask for help'] }], {
  change: withOutcome,
  at: () => ({ stage: 'review', step: Step.reviewSummary }),
});

describe('a two-sentence measure at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    `change how we will know to: ${MEASURE}`,
    `the how we will know bit should say ${MEASURE}`,
    `the how we will know bit should say ${MEASURE} thanks`,
  ])('"%s" keeps both sentences as the one measure', async (said) => {
    ({ chat } = await startWith(SEED));
    await chat.say(said);

    expect(chat.lastQuestion!.activity.text).toContain('Her teacher will see it in class');
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;

    expect(draft.outcomes[0]!.measure?.replace(/\.$/, '')).toBe(MEASURE.replace(/\.$/, ''));
    expect(draft.outcomes[0]!.statement).toBe('By July 2027, Maisie will ask for help in class.');
  });
});
