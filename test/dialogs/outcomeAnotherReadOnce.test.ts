import { afterEach, describe, expect, it, vi } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/* At "add another outcome?", what the reply says about more is read once a turn, and read the same as before. */

// Each read is kept with the module that asked for it, so only the reads of "another outcome?" are counted.
const reads = vi.hoisted(() => ({ texts: [] as { text: string; by: string }[] }));
vi.mock('../../src/language/moreAnswer', async (actual) => {
  const real = await actual<typeof import('../../src/language/moreAnswer')>();
  return { ...real, readMore: (text: string) => (reads.texts.push({ text, by: new Error().stack?.split('\n')[2] ?? '' }), real.readMore(text)) };
});

function jobDone(draft: Draft): Draft {
  const job = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By July 2027, I will get a paid job in a shop.', aspirationId: job.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'i get paid', confirmed: true });
}
const SEED: Seed = {
  today: '2026-12-04',
  name: 'Jordan',
  age: 22,
  hopes: [
    { text: 'get a paid job', theme: 'learning_and_work', needs: ['never had job'] },
    { text: 'live in my own flat', theme: 'independent_living', needs: ['money is hard', 'i cant cook'] },
  ],
  change: jobDone,
  at: atOutcome(Step.outcomeAnother),
};

describe('"another outcome?" read once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yeah go on" is read once', async () => {
    ({ chat } = await startWith(SEED));
    reads.texts.length = 0;
    await chat.say('yeah go on');
    expect(reads.texts.filter((t) => t.text === 'yeah go on' && /outcomeAnother\.ts/.test(t.by))).toHaveLength(1);
    expect(chat.step).not.toBe(Step.reviewSummary);
  });

  it('"yes, my dad hits me" is heard as a worry', async () => {
    ({ chat } = await startWith(SEED));
    const replies = await chat.say('yes, my dad hits me');
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.safeguardingCheck);
    expect(saidIn(replies)).not.toMatch(/dad hits/);
  });
});
