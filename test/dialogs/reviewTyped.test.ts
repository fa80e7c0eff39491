import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * What testers typed at the review: a plain "yes" at the end, words typed after finishing, a
 * change to one field of an outcome, "I'm not sure" while adding a hope.
 */

function filledIn(draft: Draft): Draft {
  return withConfirmedOutcomes(addAboutMe(draft, 'strengths', 'I am good at drawing'), (i) => ({
    statement: `By July 2027, I will do step ${i + 1}.`,
    timeframe: { phrase: 'by July 2027', date: '2027-07-23' },
    measure: 'my tutor will see it',
    doesForMe: 'I would feel proud',
    makesPossible: 'I could get a job',
  }));
}

const SEED: Seed = samAtReview(
  12,
  [
    { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] },
    { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] },
  ],
  filledIn,
);

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('typed answers at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yes', 'yep', 'ok'])('"%s" at "Your draft is ready" finishes kindly', async (said) => {
    ({ chat } = await startWith(SEED));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    const replies = await chat.say(said);
    expect(texts(replies)).toContain('You can come back and change your draft');
    expect(texts(replies)).not.toMatch(/not sure what/i);
  });

  it('words typed after finishing are offered a place in the plan and kept after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('looks good');
    await chat.say('finish');
    const replies = await chat.say('I also want to learn to swim');
    expect(texts(replies)).toContain('learn to swim');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('I also want to learn to swim');
  });

  it.each([
    'will mrs patel see what i said about the girls in my form? i dont want them to find out i said',
    "also remove 'busy places' in the hard things",
    'no!! not add. remove',
    'and also can drawing go in the what matters to me bit',
    'what mean outcome? the school say outcome in EHCP meeting',
  ])('"%s" at the end is never offered as a new hope', async (said) => {
    ({ chat } = await startWith(SEED));
    await chat.say('looks good');
    const replies = await chat.say(said);
    expect(texts(replies)).not.toMatch(/Add this hope/i);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('"not that bit. the bit that says ..." after the wrong part was picked never becomes its new words', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('the step 1 one');
    await chat.say('not that bit. the bit that says I would feel proud');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2027, I will do step 1.', 'By July 2027, I will do step 2.']);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('a difficulty typed at the end is offered as what makes things hard', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('looks good');
    await chat.say('stairs are really hard for me');
    await chat.say('yes');
    // Two hopes: the one it is hard for is asked, so it is kept once.
    await chat.say('friends');
    const draft = (await chat.draft())!;
    const stairs = draft.needs.find((n) => n.text === 'stairs are really hard for me');
    expect(stairs?.aspirationIds).toEqual([draft.aspirations[1]!.id]);
  });

  it('"Goal is ok. I want change only We will know by: ..." changes the measure only, after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('the step 1 one');
    const replies = await chat.say('Goal is ok. I want change only We will know by: my tutor sees me finish a game');
    expect(texts(replies)).toContain('my tutor sees me finish a game');
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By July 2027, I will do step 1.');
    expect(outcome.measure).toBe('my tutor sees me finish a game');
  });

  it('"change the date to christmas" at the read-back, then the outcome picked, changes that date only', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the date to christmas');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('do step 2');
    await chat.say('yes');
    const [first, second] = (await chat.draft())!.outcomes;
    expect(first!.timeframe?.phrase).toBe('by July 2027');
    expect(second!.timeframe?.date).not.toBe('2027-07-23');
    expect(second!.statement).toMatch(/I will do step 2\.$/);
    expect(second!.statement).not.toContain('July 2027');
  });

  it('"I\'m not sure" while adding a hope gets ideas for a hope, not how to change a part', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can I add another dream');
    const replies = await chat.say("I'm not sure");
    expect(texts(replies)).toMatch(/You could say something like/);
    expect(texts(replies)).not.toContain("Pick the part that doesn't sound like you");
  });
});
