import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';
import { gamesDesignerAtReview } from './reviewSeed';

/*
 * "who is the adult who checks the notes?" at the read-back: a short true answer about who reads
 * the note (the safeguarding lead, the key worker only if the plan is shared), then the read-back goes on.
 * Nothing they typed is kept.
 */

const standard = createWords().forMode('standard');
const GRACE = { name: 'Grace', age: 4, schoolYear: -1 };
const TALK = { text: 'Grace will talk more', theme: 'learning_and_work' as const, needs: ['her mouth muscles are weak'] };
const flagged = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'bullying', at: new Date('2026-12-02T09:30:00Z'), step: 'needs.barrier' });

describe('"who is the adult who checks the notes?" at the review', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it('with a note made: says who reads it, then asks the read-back question again', async () => {
    ({ chat } = await startWith(parentSeed(GRACE, [TALK], { change: flagged, at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
    const replies = texts(await chat!.say('who is the adult who checks the notes?'));
    expect(replies).toMatch(/key worker sees your plan only if you share it/);
    expect(replies).toContain(standard('safeguarding:followUp.whoSeesNoLead').split('.')[0]);
    expect(replies).not.toMatch(/didn't catch/);
    expect(chat!.step).toBe(Step.reviewSummary);
    expect(JSON.stringify(await chat!.draft())).not.toMatch(/adult who checks/);
  });

  it('with no note: says who sees the plan, never a miss', async () => {
    ({ chat } = await startWith(gamesDesignerAtReview()));
    const replies = texts(await chat!.say('who is the adult who checks the notes?'));
    expect(replies).toMatch(/key worker/);
    expect(replies).not.toMatch(/didn't catch/);
    expect(chat!.step).toBe(Step.reviewSummary);
  });
});
