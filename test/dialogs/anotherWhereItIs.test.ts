import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { readMore } from '../../src/language/closedAnswers';
import { answerBesideWhereItIs } from '../../src/language/whereItIs';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/*
 * Kofi, 15, asked whether he wants another outcome: "nah im done. physio thing is in the help bit".
 * "nah im done" is the no; where something already is in the plan is no new outcome and no content.
 */

const KOFI = (): Seed => ({
  today: '2026-12-02', name: 'Kofi', age: 15, schoolYear: 10,
  hopes: [{ text: 'play boccia for a club', theme: 'friends_and_community', needs: ['i get tired using my arm'] }],
  change: (d: Draft) => withConfirmedOutcomes(d, () => ({ statement: 'By July 2027, I will play boccia every week.', timeframe: { phrase: 'by july', date: '2027-07-20' }, provision: 'physio every week' })),
  at: (d: Draft) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
});

describe('a remark about where something is, beside the answer at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"nah im done. physio thing is in the help bit" is a no: no new outcome, the read-back comes', { timeout: 60000 }, async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(KOFI()));
    await chat.say('nah im done. physio thing is in the help bit');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual(seeded.outcomes);
    expect(JSON.stringify(draft)).not.toMatch(/help bit/);
  });

  it('"yes. learning to drive is on my list too" is a yes with what the next outcome is about, never a bare yes', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(KOFI()));
    await chat.say('yes. learning to drive is on my list too');
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/driv/i);
    expect(outcomes[1]!.statement).not.toMatch(/list/);
  });

  it.each([
    ['nah im done. physio thing is in the help bit', 'nah im done.'],
    ['no, its already in the help part', 'no'],
    ['yes. one about the bus', undefined],
    ['yes. my mum is in the support group', undefined],
  ])('"%s" is read as %j', (typed, answer) => {
    expect(answerBesideWhereItIs(typed)).toBe(answer);
  });

  it.each([
    ['yes. learning to drive is on my list too', 'learning to drive'],
    ['yeah, cooking is also on my list', 'cooking'],
    ['ok and swimming is still in the plan', 'swimming'],
  ])('readMore: "%s" is a yes about "%s", said to be on their list', (typed, content) => {
    expect(readMore(typed)).toEqual({ answer: 'yes', content, listed: true });
  });

  it.each([
    'yes',
    'yes one about friends',
    'yes my mum is on the list of carers at school',
    'yes i want to be on the list for the team',
    'yes its in the plan',
    'yeah he is on the list at the dentist',
    'no, learning to drive is on my list',
  ])('readMore: "%s" is no "on my list" answer', (typed) => {
    expect(readMore(typed)?.listed).toBeUndefined();
  });
});
