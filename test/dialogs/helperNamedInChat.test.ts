import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * Who helps them chat, said at "who is chatting?" ("me, my mum is helping", "my support worker
 * Dave is helping me"), is who the bot names later: who sees the answers, who to talk to, and who
 * the plan is shared with, instead of a "key worker" they may never have heard of.
 */

describe('the helper named at who is chatting, named again later', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"me, my mum is helping": "who sees this?" names mum', async () => {
    chat = await typedTo(Step.aboutMeStrengths, {}, { [Step.welcomeWho]: 'me, my mum is helping' });
    expect((await chat.draft())?.youngPerson.who).toBe('helper');
    const replies = await chat.say('who sees this?');
    expect(saidIn(replies)).toMatch(/Only you and your mum can see your answers/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('"my support worker Dave is helping me": talking to a person names Dave', async () => {
    chat = await typedTo(Step.aboutMeStrengths, {}, { [Step.welcomeWho]: 'my support worker Dave is helping me' });
    // Kept with the plan, so the key worker's copy says who took part.
    expect((await chat.draft())?.youngPerson.chatHelper).toEqual({ role: 'support worker', name: 'Dave' });
    const replies = await chat.say('i want to talk to a real person');
    expect(saidIn(replies)).toMatch(/talk to Dave, your support worker, or another adult/);
    expect(saidIn(replies)).not.toMatch(/key worker/);
  });

  it('a worker helping them chat is who the plan is shared with', async () => {
    const withCode = (d: Draft): Draft => ({ ...d, keyWorker: { invitationCode: 'KW-1234', shared: false } });
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Kai',
      age: 17,
      schoolYear: 12,
      hopes: [{ text: 'to get the train to college on my own', theme: 'independent_living', needs: ['the train is too loud'] }],
      change: withCode,
      at: () => ({ stage: 'review', step: Step.reviewShare }),
      journey: { helper: { role: 'social worker', family: false } },
    }));
    const replies = await chat.say('yes please');
    expect(saidIn(replies)).toMatch(/your social worker, can now read your draft|your social worker can now read your draft/i);
    expect(saidIn(replies)).not.toMatch(/key worker/);
  });

  it.each(['me', 'me. my mum made me do it lol', 'im her support worker'])('"%s" names nobody helping, and "who sees this?" says the key worker', async (typed) => {
    chat = await typedTo(Step.aboutMeStrengths, {}, { [Step.welcomeWho]: typed });
    const replies = await chat.say('who sees this?');
    expect(saidIn(replies)).not.toMatch(/your mum|support worker can see/);
  });
});
