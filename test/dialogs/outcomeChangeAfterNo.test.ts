import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * At "another outcome?", a "no" and then (or with it) a wish to take out or change an outcome:
 * the wish is acted on there, never lost and never kept as an outcome.
 */
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const STATEMENTS = ['By July 2027, I will swim 10 metres on my own.', 'By July 2027, I will read a chapter book on my own.'];

function withOutcomes(draft: Draft): Draft {
  let d = draft;
  STATEMENTS.forEach((statement, i) => {
    const started = startOutcome(d, { statement, aspirationId: d.aspirations[i]!.id, needIds: [] });
    d = updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'my teacher sees', confirmed: true });
  });
  return d;
}

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Jay',
  age: 10,
  schoolYear: 6,
  hopes: [
    { text: 'go swimming with my friends', theme: 'health_and_wellbeing', needs: ['I cannot swim yet'] },
    { text: 'read chapter books', theme: 'learning_and_work', needs: ['reading is hard'] },
  ],
  change: withOutcomes,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[1]!.id }),
};

describe('a change of mind after "no more outcomes"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"oh wait, get rid of the swimming one" after "No, that\'s all." asks, then takes it out', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('nope thats all');
    const asked = await chat.say('oh wait, get rid of the swimming one');
    // "thats all" ends the outcomes at once, so the review asks which one to take out by its number and words.
    expect(texts(asked)).toMatch(/take out.*I will swim 10 metres on my own/i);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([STATEMENTS[1]]);
    expect(JSON.stringify(draft)).not.toMatch(/get rid/);
  });

  it('"no thats enough for now. not sure about the night time one still" ends the outcomes: the hope only remarked on is not begun', async () => {
    const nightHope = { text: 'be dry at night one day', theme: 'health_and_wellbeing' as const, needs: ['he wets the bed'] };
    ({ chat } = await startWith({ ...SEED, hopes: [...SEED.hopes!, nightHope] }));
    await chat.say('no thats enough for now. not sure about the night time one still');
    expect(chat.step).not.toBe(Step.outcomeStep);
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(STATEMENTS);
  });

  it('"nope thats all. actually delete the reading one" in one message is acted on', async () => {
    ({ chat } = await startWith(SEED));
    const asked = await chat.say('nope thats all. actually delete the reading one');
    expect(texts(asked)).toMatch(/Shall I take out "By July 2027, I will read a chapter book on my own"\?/);
  });

  it('"no thats it but can i change the swimming one" asks for the new words and reads them back', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('no thats it but can i change the swimming one');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const read = await chat.say('swim 25 metres in the big pool');
    expect(texts(read)).toMatch(/I will swim 25 metres in the big pool/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(2);
    expect(draft.outcomes[0]!.statement).toMatch(/swim 25 metres in the big pool/);
    expect(JSON.stringify(draft)).not.toMatch(/can i change/);
  });
});
