import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { changeableItems } from '../../dialogs/reviewItems';
import { addAboutMe, addProvision, type Draft } from '../../src/domain/draft';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Amir, 20, in easy read, has a long plan. The bot told him: 'Or say "list goals", "list dream 2"
 * or "list all"'. Back at the read-back he typed "list all", and was told "Sorry. I did not get
 * that". Said there, or at the end, "list all" shows every part, and "list goals" the goals.
 */

const HOPES = ['get a paid job', 'live in my own flat', 'be healthy', 'see my friends more', 'learn to drive'];
const AMIR: Seed = {
  today: '2026-12-06',
  name: 'Amir',
  age: 20,
  hopes: HOPES.map((text, i) => ({ text, theme: 'independent_living' as const, needs: [`hard thing ${i + 1}`] })),
  journey: { mode: ReadingMode.easyRead },
  change: (d: Draft) => {
    let next = withConfirmedOutcomes(d, (i) => ({ statement: `By July 2027, I will do step ${i + 1} towards ${HOPES[i]}.`, timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'my job coach sees it' }));
    for (const o of next.outcomes) next = addProvision(next, o.id, 'a job coach once a week', 'education').draft;
    for (const s of ['i am kind', 'i like music']) next = addAboutMe(next, 'strengths', s);
    return next;
  },
  at: atReviewSummary,
};

/** Everything shown after a message: its texts and the texts of its cards. */
const shown = (replies: Awaited<ReturnType<Transcript['say']>>): string =>
  [saidIn(replies), ...replies.flatMap((a) => (a.attachments ?? []).map((x) => JSON.stringify(x.content ?? '')))].join('\n');

describe('"list all" said at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"list all" at the read-back shows every part, never "I did not get that"', async () => {
    ({ chat } = await startWith(AMIR));
    const said = shown(await chat.say('list all'));
    expect(said).not.toMatch(/did not get that/);
    expect(chat.step).toBe(Step.reviewSummary);
    for (const hope of HOPES) expect(said).toContain(hope);
    expect(said).toContain('step 5 towards learn to drive');
    expect(said).toContain('i like music');
    expect(changeableItems((await chat.draft())!).length).toBeGreaterThan(16);
  });

  it('"list goals" at the read-back shows the goals', async () => {
    ({ chat } = await startWith(AMIR));
    const said = shown(await chat.say('list goals'));
    expect(said).not.toMatch(/did not get that/);
    expect(said).toContain('step 3 towards be healthy');
  });

  it('"list all" at the end goes back to the read-back with every part shown', async () => {
    ({ chat } = await startWith(AMIR));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    const said = shown(await chat.say('list all'));
    expect(said).not.toMatch(/did not get that/);
    expect(said).toContain('step 5 towards learn to drive');
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
