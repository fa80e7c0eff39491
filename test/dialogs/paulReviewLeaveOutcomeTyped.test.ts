import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/*
 * Paul, dad of Arlo (4), at the review. The outcome was picked to change when he meant its help:
 * "NO. not the outcome. the what helps bit" goes to that outcome's help, and "leave the outcome as it
 * is. dont change it" where new words are asked changes nothing, never becoming the outcome's words.
 */
const PAUL = parentAtReview(
  { name: 'Arlo', age: 4, schoolYear: -1 },
  { text: 'talk in short sentences', theme: 'learning_and_work', needs: ['he has few words'] },
  { statement: 'By July 2027, Arlo will put two words together.', timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'nursery hear him', provision: 'the speech therapist comes to nursery' },
);

describe('Paul puts the review right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atOutcomeWords(): Promise<string> {
    let seeded;
    ({ chat, seeded } = await startWith({ ...PAUL, at: () => ({ stage: 'review', step: Step.reviewChange, data: {} }) }));
    const outcome = seeded.outcomes[0]!;
    await chat.say('change something');
    expect(saidIn(await chat.say('the outcome'))).toMatch(/Now it says: "By July 2027, Arlo will put two words together"/);
    expect(chat.step).toBe(Step.reviewChange);
    return outcome.statement;
  }

  it.each(['leave the outcome as it is. dont change it', 'leave it as it is', 'dont change it', 'keep it'])('"%s" at "what should it say instead?" changes nothing', async (typed) => {
    const before = await atOutcomeWords();
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toBe(before);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"NO. not the outcome. the what helps bit" asks for the help\'s new words, never the outcome\'s', async () => {
    const before = await atOutcomeWords();
    await chat.say('NO. not the outcome. the what helps bit');
    await chat.say('the speech therapist comes to nursery every week');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toBe(before);
    expect(draft.outcomes[0]!.provision[0]!.text).toMatch(/every week/);
  });
});
