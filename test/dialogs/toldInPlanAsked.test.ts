import { afterEach, describe, expect, it } from 'vitest';
import { addFlag } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';
import { atReviewSummary } from './reviewSeed';

/*
 * Marcy (14) told a worry about her mum's new boyfriend; at the review she asked "is the thing i said
 * about my mums boyfriend in the plan? i dont want my mum seeing that" and was told "Yes. I've kept
 * 'my mum to drive me'." The answer is about the note: not in the plan, who sees the note; never a
 * plan item sharing the word "mum", never an invitation to add it.
 */

const MARCY = { today: '2026-12-07', name: 'Marcy', age: 14, schoolYear: 9 };
const SHOPS = { text: 'go to the shops on my own', theme: 'independent_living' as const, needs: ['my mum to drive me'] };
const flagged = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'harm_from_others', at: new Date('2026-12-07T09:30:00Z'), step: 'aboutMe.strengths' });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atReview(withFlag = true): Promise<Transcript> {
  ({ chat } = await startWith({ ...MARCY, hopes: [SHOPS], ...(withFlag ? { change: flagged } : {}), at: atReviewSummary }));
  return chat!;
}

describe('"is the thing i said about my mums boyfriend in the plan?" after a note', () => {
  it('says it is not in the plan, that her mum is not shown the note, and who sees it', async () => {
    const c = await atReview();
    const replies = texts(await c.say('is the thing i said about my mums boyfriend in the plan? i dont want my mum seeing that'));
    expect(replies).toMatch(/^No\. That is not in your plan\./);
    expect(replies).toMatch(/I do not show it to your mum/);
    expect(replies).toMatch(/key worker sees your plan only if you share it/);
    expect(replies).toMatch(/download leaves the note out/);
    expect(replies).not.toMatch(/my mum to drive me|I've kept|not in your plan yet|What is your hope about|You can tell me now/);
    const draft = (await c.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['go to the shops on my own']);
    expect(draft.needs.map((n) => n.text)).toEqual(['my mum to drive me']);
  });

  it.each(['WHAT. u said yes?? so is it in there or not', 'wait so is it in the plan or not', 'huh. u said yes'])(
    'asked again after the answer, %j: a plain no, it is in a note for the staff who keep people safe; never an invitation to add it',
    async (typed) => {
      const c = await atReview();
      await c.say('is the thing i said about my mums boyfriend in the plan?');
      const replies = texts(await c.say(typed));
      expect(replies).toMatch(/^Sorry, I was not clear\. What you told me is not in your plan\./);
      expect(replies).toMatch(/keep people safe/);
      expect(replies).toMatch(/key worker sees your plan only if you share it/);
      expect(replies).not.toMatch(/not in your plan yet|What is your hope about|You can tell me now|add it/);
      expect((await c.draft())!.aspirations.map((a) => a.text)).toEqual(['go to the shops on my own']);
    },
  );

  it('leave alone: "is it in there or not" with no answer about the note just before is not answered about the note', async () => {
    const c = await atReview();
    const replies = texts(await c.say('is it in there or not'));
    expect(replies).not.toMatch(/Sorry, I was not clear/);
  });

  it('without any note, the question is left to the plan\'s own answers (no word of a note)', async () => {
    const c = await atReview(false);
    const replies = texts(await c.say('is the thing i said about my mums boyfriend in the plan? i dont want my mum seeing that'));
    expect(replies).not.toMatch(/separate note/);
  });

  it('a thing named that a plan part holds ("my mum", beside "my mum to drive me") is left to the plan answers', async () => {
    const c = await atReview();
    const replies = texts(await c.say('is the thing i said about my mum in the plan'));
    expect(replies).not.toMatch(/separate note/);
  });

  it('a new disclosure beside it is still heard', async () => {
    const c = await atReview();
    const replies = texts(await c.say('is the thing i said about my mums boyfriend in the plan? he hit me last night'));
    expect(replies).toMatch(/0800 1111|999|Are you (?:safe|OK)|told me about this before/);
  });

  it('"who is the safeguarding lead and will they come to my house" at the review: answered, never read as finishing', async () => {
    const c = await atReview();
    const replies = texts(await c.say('who is the safeguarding lead and will they come to my house'));
    expect(replies).toMatch(/safeguarding lead is a person at the service[\s\S]*does not send anyone to your house[\s\S]*999/);
    expect(c.step).toBe('review.summary');
  });
});
