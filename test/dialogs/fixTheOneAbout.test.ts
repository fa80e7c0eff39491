import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * "I want to fix the one about talking" at the read-back of the plan opens the outcome for that
 * hope to be changed (its words read back, new ones asked for); it never starts a new outcome or
 * opens the hope instead. A hope named as a hope is still the hope.
 */

function withOutcome(draft: Draft): Draft {
  const talk = draft.aspirations[0]!;
  const a = startOutcome(draft, { statement: 'By Easter 2027, Sami will say 10 words to ask for things.', aspirationId: talk.id, needIds: [] });
  return updateOutcome(a.draft, a.outcome.id, { timeframe: { phrase: 'by Easter 2027', date: '2027-03-26' }, measure: 'his teacher counts his words', confirmed: true });
}

const SEED: Seed = parentSeed({ name: 'Sami', age: 6, schoolYear: 1 }, [
  { text: 'I want him to talk more', theme: 'learning_and_work', needs: ['he has few words'] },
  { text: 'to have a friend', theme: 'friends_and_community', needs: ['other children do not understand him'] },
], { change: withOutcome, at: () => ({ stage: 'review', step: Step.reviewSummary }) });

describe('"the one about ..." at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I want to fix the one about talking" opens that outcome to change', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('I want to fix the one about talking'));
    expect(chat.step).toBe(Step.reviewChange);
    expect(asked).toMatch(/Sami will say 10 words to ask for things/);
    await chat.say('Sami will say 20 words to ask for things');
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]!.statement).toMatch(/20 words/);
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I want him to talk more', 'to have a friend']);
  });

  it('"change the hope about talking" is still the hope', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('change the hope about talking'));
    expect(asked).toMatch(/I want him to talk more/);
    expect(asked).not.toMatch(/10 words/);
  });
});
