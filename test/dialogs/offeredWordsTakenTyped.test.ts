import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import { addProposal } from '../../src/domain/proposals';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const OWN = 'By July 2027 I will cook a meal';
const OFFERED = 'By July 2027 I will cook a meal for my family';
const withProposal = () =>
  startWith({
    today: '2026-12-02',
    name: 'Sam',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'live on my own', theme: 'independent_living', needs: [] }],
    change: (d) => {
      const started = startOutcome(d, { statement: OWN, aspirationId: d.aspirations[0]!.id });
      return addProposal(started.draft, { itemId: started.outcome.id, text: OFFERED, by: 'Ms Patel', at: new Date('2026-12-01T10:00:00Z') }).draft;
    },
    at: () => ({ stage: 'review', step: Step.reviewSummary }),
  });
const statementOf = async (chat: Transcript) => (await chat.draft())?.outcomes[0]?.statement;

describe('"put that instead of what I wrote" after new words were offered: the offered words are kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['Please put that instead of what I wrote', 'use those words', 'yours is better', 'go with that one please']) {
    it(`"${said}" at the offered words: they replace the person's own`, async () => {
      ({ chat } = await withProposal());
      await chat.say('hi');
      expect(chat.step).toBe(Step.reviewProposal);
      await chat.say(said);
      expect(await statementOf(chat)).toBe(OFFERED);
    });
  }

  it('"Please put that instead of what I wrote" when new words were asked for: the offered words, never these', async () => {
    ({ chat } = await withProposal());
    await chat.say('hi');
    await chat.say('Change them');
    await chat.say('Please put that instead of what I wrote');
    expect(await statementOf(chat)).toBe(OFFERED);
  });

  it('"By July 2027 I will cook pasta for my family" when new words were asked for: their own words are kept', async () => {
    ({ chat } = await withProposal());
    await chat.say('hi');
    await chat.say('Change them');
    await chat.say('By July 2027 I will cook pasta for my family');
    expect(await statementOf(chat)).toBe('By July 2027 I will cook pasta for my family');
  });
});
