import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, confirmedOutcome as outcome } from './reviewSeed';

/*
 * At the review, an instruction about the plan ("take out the word ideally it sounds daft",
 * "just put it under be a mechanic not money", "the first one shud say ...") changes the plan.
 * It is never kept as the words of a goal or offered as a new hope.
 */

/** Ethan, 17: a mechanic goal that says "ideally", and a money goal. */
function ethanOutcomes(draft: Draft): Draft {
  const mechanic = outcome(draft, 0, 'By July 2027, I will ideally pass my level 1 motor vehicle course.', {
    timeframe: { phrase: 'by july', date: '2027-07-22' },
    measure: 'my tutor signs me off',
  });
  return outcome(mechanic.draft, 1, 'By July 2027, I will save £200 from my Saturday job.', {
    timeframe: { phrase: 'by july', date: '2027-07-22' },
    measure: 'i have it in the bank',
  }).draft;
}

const ETHAN: Seed = {
  today: '2026-12-03',
  name: 'Ethan',
  age: 17,
  hopes: [
    { text: 'be a mechanic', theme: 'learning_and_work', needs: ['reading the theory books'] },
    { text: 'earn my own money', theme: 'independent_living', needs: ['counting change'] },
  ],
  change: ethanOutcomes,
  at: atReviewSummary,
};

describe('instructions typed at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['take out the word ideally it sounds daft', 'remove the word ideally', 'take ideally out', "get rid of 'ideally'"])('"%s" takes only that word out of the goal', async (typed) => {
    ({ chat } = await startWith(ETHAN));
    const asked = saidIn(await chat.say(typed));
    expect(asked).not.toMatch(/add this hope/i);
    expect(asked).toMatch(/ideally/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toContain('By July 2027, I will pass my level 1 motor vehicle course.');
    expect(JSON.stringify(draft)).not.toMatch(/daft/);
    expect(draft.aspirations).toHaveLength(2);
  });

  it('"words r fine. just put it under be a mechanic not money" moves the money goal to that hope, words unchanged', async () => {
    ({ chat } = await startWith(ETHAN));
    const asked = saidIn(await chat.say('words r fine. just put it under be a mechanic not money'));
    expect(asked).not.toMatch(/add this hope/i);
    if (/\?/.test(asked)) await chat.say('yes');
    const draft = (await chat.draft())!;
    const mechanic = draft.aspirations.find((a) => a.text === 'be a mechanic')!;
    const saving = draft.outcomes.find((o) => /save £200/.test(o.statement))!;
    expect(saving.statement).toBe('By July 2027, I will save £200 from my Saturday job.');
    expect(saving.aspirationId).toBe(mechanic.id);
    expect(JSON.stringify(draft)).not.toMatch(/words r fine|put it under/);
    expect(draft.aspirations).toHaveLength(2);
  });

  it('the same words typed where new words for the money goal are asked move it, never become its words', async () => {
    ({ chat } = await startWith(ETHAN));
    const asked = saidIn(await chat.say('change the money one'));
    const moved = saidIn(await chat.say('words r fine. just put it under be a mechanic not money'));
    if (/\?/.test(moved)) await chat.say('yes');
    const draft = (await chat.draft())!;
    const mechanic = draft.aspirations.find((a) => a.text === 'be a mechanic')!;
    const saving = draft.outcomes.find((o) => /save £200/.test(o.statement));
    expect(saving?.statement).toBe('By July 2027, I will save £200 from my Saturday job.');
    expect(saving?.aspirationId).toBe(mechanic.id);
    expect(JSON.stringify(draft)).not.toMatch(/words r fine|put it under/);
  });

  it('"wtf no. the first one shud say pass my level 2 motor vehicle" rewords the first goal after a check', async () => {
    ({ chat } = await startWith(ETHAN));
    const asked = saidIn(await chat.say('wtf no. the first one shud say pass my level 2 motor vehicle'));
    expect(asked).not.toMatch(/add this hope/i);
    expect(asked).toMatch(/level 2 motor vehicle/);
    expect((await chat.draft())!.outcomes.map((o) => o.statement).join(' ')).not.toMatch(/level 2/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    const mechanic = draft.aspirations.find((a) => a.text === 'be a mechanic')!;
    const goal = draft.outcomes.find((o) => o.aspirationId === mechanic.id);
    expect(goal?.statement).toMatch(/I will pass my level 2 motor vehicle/);
    expect(JSON.stringify(draft)).not.toMatch(/wtf|shud say/);
    expect(draft.aspirations).toHaveLength(2);
  });
});
