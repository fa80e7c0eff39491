import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome } from '../../src/domain/draft';
import { atOutcome } from '../support/outcomeAt';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * A mum answering for Tia copies the bot's own lead in front of the outcome: "Say it as Tia: I will
 * do the science experiments myself, at a table I can reach". The lead is never kept. Where it was
 * kept before, typing the sentence without it changes the outcome, never "That's the same".
 */
const HOPE = { text: 'Tia wants to be a scientist', theme: 'learning_and_work' as const, needs: ['she cannot reach the benches in the lab'] };
const TIA = parentSeed({ name: 'Tia', age: 9, schoolYear: 5 }, [HOPE], { today: '2026-12-04' });
const SENTENCE = 'I will do the science experiments myself, at a table I can reach';

describe('"Say it as Tia:" at the front of a typed outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([`Say it as Tia: ${SENTENCE}`, `in her words: ${SENTENCE}`])('%j keeps only the sentence', async (typed) => {
    ({ chat } = await startWith(TIA));
    await chat.say(typed);
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(statement).toMatch(/science experiments myself/);
    expect(statement).not.toMatch(/say it as|in her words/i);
  });

  it('typed without the lead at the read-back, the sentence is changed', async () => {
    ({ chat } = await startWith({
      ...TIA,
      change: (d) => {
        const made = startOutcome(d, { statement: `Say it as Tia: ${SENTENCE}.`, aspirationId: d.aspirations[0]!.id, needIds: [] });
        return updateOutcome(made.draft, made.outcome.id, { measure: 'her teacher will see her do 3 experiments on her own' });
      },
      at: atOutcome(Step.outcomeConfirm, { outcome: 0, data: () => ({ rewording: '1' }) }),
    }));
    const replies = saidIn(await chat.say(SENTENCE));
    expect(replies).not.toMatch(/same as it says now/i);
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(statement).toMatch(/science experiments myself/);
    expect(statement).not.toMatch(/say it as/i);
  });
});
