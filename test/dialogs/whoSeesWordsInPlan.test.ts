import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { atReviewSummary } from './reviewSeed';

/*
 * A carer told of the child's mum's drink and drugs in "What matters to Reece"; a worry was noted.
 * Asked "who will see the bit about his mum", the bot must not say the key worker never sees her
 * words: they are in an answer of the plan, which shows when the plan is shared or downloaded.
 */

const HOPES = [{ text: 'have a friend', theme: 'friends_and_community' as const, needs: ['he finds it hard to talk to other kids'] }];
const WITH_WORDS = (d: Draft): Draft => ({
  ...d,
  aboutMe: { ...d.aboutMe, important: ['his mum drinks and takes drugs', 'his dog'] },
  flags: [{ kind: 'safeguarding', category: 'other', at: '2026-12-02T09:00:00.000Z', step: 'aboutMe.important' }],
});
const WITHOUT_WORDS = (d: Draft): Draft => ({
  ...d,
  aboutMe: { ...d.aboutMe, important: ['his dog'] },
  flags: [{ kind: 'safeguarding', category: 'other', at: '2026-12-02T09:00:00.000Z', step: 'aboutMe.important' }],
});

describe('"who will see the bit about his mum"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('names the answer that holds her words and says the plan shows it when shared or downloaded', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reece', age: 6, schoolYear: 2 }, HOPES, { change: WITH_WORDS, at: atReviewSummary })));
    const said = saidIn(await chat.say('who will see the bit about his mum'));
    expect(said).toMatch(/What matters to Reece/);
    expect(said).toMatch(/share|download/);
    expect(said).not.toMatch(/not see (your|the) words|not your words/i);
  });

  it('with her words not in the plan, the note alone is spoken of', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Reece', age: 6, schoolYear: 2 }, HOPES, { change: WITHOUT_WORDS, at: atReviewSummary })));
    const said = saidIn(await chat.say('who will see the bit about his mum'));
    expect(said).not.toMatch(/What matters to Reece/);
  });
});
