import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * People who type whole chats ask to see what is kept in their own words: "Can I see my draft
 * again?", "can i see what uve got so far", "Stop. Show me my hopes." At every open question the
 * plan is shown and the same question is asked again; the request is never kept as an answer.
 */

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const HOPES: SeedHope[] = [
  { text: 'travel on the train on my own', theme: 'independent_living', needs: [] },
  { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] },
];
const base = { today: '2026-12-02', who: 'self' as const, name: 'Kai', age: 19, hopes: HOPES };
const AT_MORE: Seed = { ...base, at: () => ({ stage: 'hopes', step: Step.hopesMore }) };
const AT_BARRIER: Seed = { ...base, at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }) };
const AT_REVIEW: Seed = { ...base, at: () => ({ stage: 'review', step: Step.reviewSummary }) };

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const ASKED = [
  'Can I see my draft again?',
  'can i see what uve got so far',
  'My draft plan',
  'I want to see my draft',
  'Before I answer, please show me my hopes list',
  'could you show me my plan so far',
  'what have you got so far',
];

describe.each([
  ['hopes.more', AT_MORE, Step.hopesMore],
  ['needs.barrier', AT_BARRIER, Step.needsBarrier],
  ['review', AT_REVIEW, Step.reviewSummary],
] as const)('asking to see the plan at %s', (_name, seed, step) => {
  it.each(ASKED)('%j shows the plan, asks the same question again and keeps nothing', async (typed) => {
    let seeded;
    ({ chat, seeded } = await startWith(seed));
    const replies = await chat.say(typed);
    expect(texts(replies)).toContain('Here is your draft so far.');
    expect(replies.some((a) => a.attachments?.some((x) => x.name === 'draft.json'))).toBe(true);
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft)).not.toMatch(/see my draft|show me my hopes|uve got|my draft plan|hopes list|got so far|plan so far/i);
    expect(draft.aspirations).toHaveLength(seeded.aspirations.length);
  });
});

describe('asking to see the hopes beside another sentence', () => {
  it.each([
    ['hopes.more', AT_MORE, Step.hopesMore],
    ['needs.barrier', AT_BARRIER, Step.needsBarrier],
  ] as const)('"Stop. Show me my hopes." at %s lists the hopes, asks the same question again and keeps nothing', async (_name, seed, step) => {
    let seeded;
    ({ chat, seeded } = await startWith(seed));
    const replies = await chat.say('Stop. Show me my hopes.');
    expect(texts(replies)).toMatch(/hopes so far/);
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft)).not.toMatch(/show me my hopes/i);
    expect(draft.aspirations).toHaveLength(seeded.aspirations.length);
  });
});

describe('a hope about seeing or showing is still a hope', () => {
  it.each(['I want to see my family more', 'show my art at a gallery'])('%j is kept', async (typed) => {
    ({ chat } = await startWith(AT_MORE));
    await chat.say(typed);
    expect(JSON.stringify((await chat.draft())!.aspirations)).toContain(typed.split(' ').slice(-2).join(' '));
  });
});
