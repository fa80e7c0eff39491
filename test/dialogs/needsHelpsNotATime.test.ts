import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* At "What helps you with this now?", a time alone ("next year") is not what helps. */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: [] };
const feedback = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

async function atHelps(options: { who?: 'self' | 'parent_carer'; name?: string } = {}): Promise<Transcript> {
  const { chat } = await startWith({ today: '2025-03-10', age: 17, ...options, hopes: [FLAT], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
  await chat.say('cooking is hard for me');
  expect(chat.step).toBe(Step.needsHelps);
  return chat;
}

describe('a time alone at the helps question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['next year', 'maybe after christmas', 'in september i think'])('%j is not kept; the question is asked again, kindly saying what is wanted', async (typed) => {
    chat = await atHelps();
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/sounds like when/);
    expect(feedback(replies)).toMatch(/what helps you with this now/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs[0]?.helps ?? []).toEqual([]);
  });

  it('after the kind word, real help is kept', async () => {
    chat = await atHelps();
    await chat.say('next year');
    await chat.say('my mum shows me recipes');
    expect((await chat.draft())?.needs[0]?.helps).toEqual(['my mum shows me recipes']);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('help said with how often ("every week") is kept as help', async () => {
    chat = await atHelps();
    await chat.say('my mum shows me recipes every week');
    expect((await chat.draft())?.needs[0]?.helps).toEqual(['my mum shows me recipes every week']);
  });

  it('a parent hears it about their child, by name', async () => {
    chat = await atHelps({ who: 'parent_carer', name: 'Leo' });
    const replies = await chat.say('next year');
    expect(feedback(replies)).toMatch(/what helps Leo with this now/);
  });
});
