import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/*
 * Michelle, foster carer of Kayden (9), at the review. Asked "What would you like it to say
 * instead?", she typed "change part 5": a request to pick another part, never the outcome's words.
 */
const KAYDEN = parentAtReview(
  { name: 'Kayden', age: 9, schoolYear: 4 },
  { text: 'read a comic by himself', theme: 'learning_and_work', needs: ['hes reading at about year 1 level'] },
  { statement: 'By July 2027, Kayden will read a few pages of a comic by himself.', timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'school hear him read', provision: 'reading help every day' },
);

describe('Michelle asks for another part where new words are asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atOutcomeWords(): Promise<string> {
    let seeded;
    ({ chat, seeded } = await startWith({ ...KAYDEN, at: () => ({ stage: 'review', step: Step.reviewChange, data: {} }) }));
    await chat.say('change something');
    expect(saidIn(await chat.say('the outcome'))).toMatch(/Now it says: "By July 2027, Kayden will read/);
    return seeded.outcomes[0]!.statement;
  }

  it.each(['change part 5', 'part 5', 'change part 2', 'part 1 pls', 'change item 3'])('"%s" never becomes the outcome\'s words', async (typed) => {
    const before = await atOutcomeWords();
    const said = saidIn(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toBe(before);
    expect(said).not.toMatch(/changed that|I've changed "/i);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('"the reading one" never becomes the outcome\'s words', async () => {
    const before = await atOutcomeWords();
    await chat.say('the reading one');
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(before);
  });

  it('new words that name a part are still new words', async () => {
    await atOutcomeWords();
    await chat.say('he will read part of a comic to me at bedtime');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/part of a comic to me at bedtime/);
  });
});
