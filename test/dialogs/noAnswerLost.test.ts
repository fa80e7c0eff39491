import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { addAboutMe, addNeedHelp, startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { TODAY } from './throughWelcome';

/*
 * No answer once given is lost without the person knowing: a hope taken out says which outcome
 * goes with it before the yes; a need moved keeps what helps with it; an answer taken out never
 * makes "back" or a later change land on the answer after it.
 */

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const TALK: SeedHope = { text: 'Zofia talk to other children', theme: 'friends_and_community', needs: ['she has few words'] };
const SIGNS: SeedHope = { text: 'signs help her, Makaton', theme: 'friends_and_community', needs: ['people dont know signs'] };
const mum = { who: 'parent_carer' as const, name: 'Zofia', age: 5, schoolYear: 0 };

describe('no answer is lost without the person knowing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('taking out the hope whose outcome is being made says that outcome goes too, before the yes', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK, SIGNS] }));
    await chat.say('Zofia will say 50 words by next summer');
    const asked = await chat.say('remove the first hope please');
    expect(said(asked)).toContain('Zofia talk to other children');
    expect(said(asked)).toMatch(/50 words/);
    const done = await chat.say('yes');
    expect(said(done)).toMatch(/50 words/);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('"no" to taking out that hope keeps the hope and its outcome', async () => {
    ({ chat } = await startWith({ today: TODAY, ...mum, hopes: [TALK, SIGNS] }));
    await chat.say('Zofia will say 50 words by next summer');
    await chat.say('remove the first hope please');
    await chat.say('no');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.outcomes).toHaveLength(1);
  });
});

describe('taking out one of several short answers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  function filledIn(draft: Draft): Draft {
    let next = addAboutMe(draft, 'strengths', 'I am good at drawing');
    next = addAboutMe(next, 'strengths', 'I am kind to animals');
    const need = next.needs[0]!;
    next = addNeedHelp(next, need.id, 'a laptop');
    next = addNeedHelp(next, need.id, 'my mum reads to me');
    return startOutcome(next, { statement: 'By July 2027, I will read a menu.', aspirationId: next.aspirations[0]!.id, needIds: [need.id] }).draft;
  }

  it('after the first strength is taken out at the review, the key worker comment on the second stays beside it', async () => {
    ({ chat } = await startWith({
      today: TODAY,
      name: 'Sam',
      age: 15,
      schoolYear: 10,
      hopes: [{ text: 'I want to cook', theme: 'independent_living', needs: ['Reading recipes is hard'] }],
      change: (d) => {
        const filled = filledIn(d);
        return { ...filled, comments: [{ id: 'c1', at: '2025-03-01T10:00:00.000Z', by: 'Ms Patel', text: 'Lovely, say more about the animals', itemId: 'aboutMe/strengths/1', resolved: false }] } as Draft;
      },
      at: () => ({ stage: 'review', step: 'review.summary' }),
    }));
    await chat.say('delete I am good at drawing');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aboutMe.strengths).toEqual(['I am kind to animals']);
    expect(draft.comments[0]!.itemId).toBe('aboutMe/strengths/0');
    const card = JSON.stringify(chat.lastQuestion!.activity.attachments);
    expect(card.indexOf('say more about the animals')).toBeGreaterThan(card.indexOf('I am kind to animals'));
  });
});
