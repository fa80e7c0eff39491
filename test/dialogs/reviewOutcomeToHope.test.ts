import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review an outcome is said to belong to another hope: "move the swimming one to the
 * friends hope", or, with an outcome picked, "can it go under happy and friend hope?". The outcome
 * moves there after a yes, with the new hope's needs; the card shows which hope it is for.
 */

const STATEMENTS = ['By July 2027, I will swim 25 metres on my own.', 'By July 2027, I will say hello to two children in my class.'];

const withOutcomes = (draft: Draft): Draft =>
  withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } }));

const SEED: Seed = samAtReview(
  10,
  [
    { text: 'I want to go swimming every week', theme: 'health_and_wellbeing', needs: ['The changing rooms are too noisy'] },
    { text: 'to be happy and have a friend', theme: 'friends_and_community', needs: ['I find it hard to start talking to people'] },
  ],
  withOutcomes,
);

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function hopeOfSwimming(chat: Transcript) {
  const draft = (await chat.draft())!;
  const outcome = draft.outcomes.find((o) => o.statement === STATEMENTS[0])!;
  return { draft, outcome, hope: draft.aspirations.find((a) => a.id === outcome.aspirationId)! };
}

describe('moving an outcome to another hope at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"move the swimming one to the friends hope" reads the move back, and a yes moves it with the new hope\'s needs', async () => {
    ({ chat } = await startWith(SEED));
    const asked = await chat.say('move the swimming one to the friends hope');
    expect(chat.step).toBe(Step.reviewChange);
    expect(texts(asked)).toContain('I will swim 25 metres on my own');
    expect(texts(asked)).toContain('to be happy and have a friend');
    const replies = await chat.say('yes');
    const { draft, outcome, hope } = await hopeOfSwimming(chat);
    expect(hope.text).toBe('to be happy and have a friend');
    expect(outcome.needIds).toEqual(draft.needs.filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.id));
    expect(texts(replies)).toMatch(/now for the hope/);
    // The card says which hope each outcome is for, and that swimming has none now.
    expect(chat.step).toBe(Step.reviewSummary);
    expect(JSON.stringify(chat.lastQuestion!.activity.attachments)).toContain('An outcome for the hope \\"I want to go swimming every week\\"');
    await chat.say('can i see it all');
    const card = JSON.stringify(chat.lastQuestion!.activity.attachments);
    expect(card).toContain('For the hope');
    expect(card).toContain('No outcome yet');
  });

  it('a moved outcome leaves its old hope\'s needs behind, even one its words are about', async () => {
    const seed = samAtReview(
      10,
      [
        { text: 'I want to go swimming every week', theme: 'health_and_wellbeing', needs: ['I am scared to swim in deep water'] },
        { text: 'to be happy and have a friend', theme: 'friends_and_community', needs: ['I find it hard to start talking to people'] },
      ],
      withOutcomes,
    );
    ({ chat } = await startWith(seed));
    await chat.say('move the swimming one to the friends hope');
    await chat.say('yes please');
    const { draft, outcome, hope } = await hopeOfSwimming(chat);
    expect(hope.text).toBe('to be happy and have a friend');
    const scared = draft.needs.find((n) => n.text.startsWith('I am scared'))!;
    expect(outcome.needIds).toEqual([draft.needs.find((n) => n.text.startsWith('I find it hard'))!.id]);
    expect(scared.aspirationIds).toEqual([draft.aspirations[0]!.id]);
  });

  it('with an outcome picked, "can it go under happy and friend hope?" moves that outcome after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change something');
    await chat.say('the swim 25 metres one');
    await chat.say('can it go under happy and friend hope?');
    expect(chat.lastQuestion!.activity.text).toContain('to be happy and have a friend');
    await chat.say('yes please');
    const { hope, outcome } = await hopeOfSwimming(chat);
    expect(hope.text).toBe('to be happy and have a friend');
    expect(outcome.statement).toBe(STATEMENTS[0]);
  });

  it('"can it go under happy and friend hope?" at the read-back asks which outcome, then moves the one picked', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can it go under happy and friend hope?');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.choices.join(' ')).toContain('swim 25 metres');
    await chat.say('1');
    await chat.say('yes');
    expect((await hopeOfSwimming(chat)).hope.text).toBe('to be happy and have a friend');
  });

  it('"no" to the move leaves the outcome where it was', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('move the swimming one to the friends hope');
    await chat.say('no');
    expect((await hopeOfSwimming(chat)).hope.text).toBe('I want to go swimming every week');
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
