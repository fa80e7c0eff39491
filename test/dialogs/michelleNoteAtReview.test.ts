import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/*
 * Michelle, foster carer of Kayden (9), at the review, asks for the note about exploitation to
 * go. That is about the note, never a part of the plan to take out ("hes reading at about year 1
 * level" was offered to delete).
 */

const KAYDEN = { name: 'Kayden', age: 9, schoolYear: 4 };
const READING = { text: 'Kayden will read a comic by himself', theme: 'learning_and_work' as const, needs: ['hes reading at about year 1 level'] };
const flagged = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'exploitation', at: new Date('2026-12-04T09:30:00Z'), step: 'outcomes.measure' });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atReview(step: typeof Step.reviewSummary | typeof Step.reviewChange = Step.reviewSummary): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(KAYDEN, [READING], { change: flagged, at: () => ({ stage: 'review', step, data: {} }) })));
  return chat!;
}

describe('the note, asked about at the review, is never a part of the plan', () => {
  it.each([
    'is that note about exploitation still on there? i want it deleted',
    'is that note about exploitation still on there? i want it deleted. hes 9 and nobody is exploiting him',
    'can you delete the exploitation note',
  ].flatMap((t) => [[t, Step.reviewSummary], [t, Step.reviewChange]]))('"%s" (at %s) offers no plan part to take out, and the plan keeps its parts', async (typed, step) => {
    const c = await atReview(step);
    const replies = texts(await c.say(typed));
    expect(replies).not.toMatch(/reading at about year 1 level/);
    expect(replies).not.toMatch(/out of your plan\?/);
    const draft = (await c.draft())!;
    expect(draft.needs).toHaveLength(1);
    expect(draft.flags).toHaveLength(1);
  });

  it('with the note\'s words kept in a goal, the note is still what is meant', async () => {
    const seed = parentAtReview(KAYDEN, READING, { statement: 'By July 2027, Kayden will go to his quiet space when hes wound up.', timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: "I don't want a note saying exploitation on his plan, hes looked after" });
    ({ chat } = await startWith({ ...seed, change: (d) => flagged(seed.change ? seed.change(d) : d) }));
    const replies = texts(await chat!.say('is that note about exploitation still on there? i want it deleted'));
    expect(replies).not.toMatch(/reading at about year 1 level|out of your plan\?/);
    expect((await chat!.draft())!.needs).toHaveLength(1);
  });

  it('a part named plainly is still offered to take out', async () => {
    const c = await atReview();
    const replies = texts(await c.say('delete the reading hard thing'));
    expect(replies).toMatch(/reading at about year 1 level/);
  });
});
