import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/* "Can you tell me what hopes you've got down", "wait what thats not a hope lol": the hopes are listed, never kept as one. */

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const HOPES: SeedHope[] = [
  { text: 'work in a garage fixing cars', theme: 'learning_and_work', needs: [] },
  { text: 'live with my cousin', theme: 'independent_living', needs: [] },
];
const seed = (at: Seed['at']): Seed => ({ today: '2026-12-02', name: 'Jordan', age: 16, hopes: HOPES, at });

describe('asking to see the hopes, in people\'s own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const hopes = async () => (await chat.draft())!.aspirations.map((a) => a.text);

  it.each([
    ['at "another hope?"', () => ({ stage: 'hopes' as const, step: Step.hopesMore })],
    ['at the needs', (draft: Draft) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: draft.aspirations[0]!.id })],
  ])('"Can you tell me what hopes you\'ve got down" %s lists the hopes and asks the same again', async (_at, at: Seed['at']) => {
    ({ chat } = await startWith(seed(at)));
    const before = chat.step;
    const said = texts(await chat.say("Can you tell me what hopes you've got down"));
    for (const h of HOPES) expect(said).toContain(h.text);
    expect(await hopes()).toEqual(HOPES.map((h) => h.text));
    expect(chat.step).toBe(before);
  });

  it('"wait what thats not a hope lol. can u show me my hopes" lists them, keeps nothing and asks the same again', async () => {
    ({ chat } = await startWith(seed(() => ({ stage: 'hopes', step: Step.hopesMore }))));
    const said = texts(await chat.say('wait what thats not a hope lol. can u show me my hopes'));
    for (const h of HOPES) expect(said).toContain(h.text);
    expect(await hopes()).toEqual(HOPES.map((h) => h.text));
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"wait what thats not a hope lol. can u show me my hopes" at an about-me question lists them and asks that question again', async () => {
    ({ chat } = await startWith(seed(() => ({ stage: 'aboutMe', step: Step.aboutMeImportant }))));
    const said = texts(await chat.say('wait what thats not a hope lol. can u show me my hopes'));
    for (const h of HOPES) expect(said).toContain(h.text);
    expect(await hopes()).toEqual(HOPES.map((h) => h.text));
    expect(chat.step).toBe(Step.aboutMeImportant);
  });
});
