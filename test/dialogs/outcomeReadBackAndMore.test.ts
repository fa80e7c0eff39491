import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { goldenThreadProblems, MAX_OUTCOMES } from '../../src/domain/checks';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { finishOutcome, FRIENDS, GAMES, TRAVEL } from './outcomeSeed';

/* Sam's own words at the read-back, and the outcomes after the first. */

describe('the outcome read-back and more outcomes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

  it('stores the person\'s own wording, with its new timeframe', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    // The read-back shows how everyone will know too: which part is asked; a new sentence typed is the sentence.
    await chat.say('Change the words');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).toHaveLength(3);
    await chat.say('I will finish my own game and put it online by Christmas');
    // The new sentence is read back for a yes before it is kept as agreed.
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toContain('I will finish my own game and put it online by Christmas.');
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
    await chat.say('yes thats right');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({
      statement: 'I will finish my own game and put it online by Christmas.',
      timeframe: { phrase: 'by Christmas', date: '2025-12-19' },
      confirmed: true,
    });
  });

  it('"no. i will do work experience" at the read-back is read back again for a yes, with every word kept', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    const replies = await chat.say('no. i will do work experience at a games company');
    expect(replies.map((a) => a.text ?? '').join(' ')).not.toMatch(/saved/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toContain('work experience at a games company');
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toContain('work experience at a games company');
  });

  it('"i said no. the words are wrong" at the next question reopens the outcome just saved for new words', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('i said no. the words are wrong');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
    await chat.say('I will make a racing game and share it with my class');
    expect(chat.lastQuestion?.activity.text).toContain('racing game');
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
    expect((await chat.draft())!.outcomes[0]).toMatchObject({ confirmed: true });
  });

  it('keeps the timeframe when the own wording leaves it out', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('End of Year 11');
    await finishOutcome(chat, { confirm: false });
    await chat.say('Change the words');
    await chat.say('I will make my very own game');
    expect(chat.lastQuestion?.activity.text).toContain('By the end of Year 11, I will make my very own game.');
    await chat.say('yep');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes[0]).toMatchObject({
      statement: 'By the end of Year 11, I will make my very own game.',
      timeframe: { date: '2026-07-22' },
      confirmed: true,
    });
  });

  it('never stores a tapped "Yes, add another" or "Yes, one more" as the next outcome', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, TRAVEL, FRIENDS] });
    chat = c;
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat);
    await chat.say('Yes, add another');
    // Two hopes are left: which comes next is theirs to choose.
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
    await chat.say('the bus one');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('take the bus to town on my own');
    await finishOutcome(chat);
    await chat.say('Yes, one more');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('yes, add another');
    expect(chat.step).toBe(Step.outcomeStep);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes.map((o) => o.statement).join(' ')).not.toMatch(/add another|one more/i);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[2]!.id);
  });

  it('takes "yes, and one about friends" to the friends hope without storing it as an outcome', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, TRAVEL, FRIENDS] });
    chat = c;
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat);
    await chat.say('yes, and one about friends');
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[2]!.id);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('recognises the same step given again and asks for a different one', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [TRAVEL, FRIENDS] }));
    await chat.say('take the bus to town on my own');
    await finishOutcome(chat);
    await chat.say('yes');
    const replies = await chat.say('I will take the bus into town on my own');
    expect(texts(replies)).toMatch(/already have that one/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('offers to move a step to the hope it fits and moves it on a yes, or asks how it helps with its hope', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, FRIENDS] });
    chat = c;
    await chat.say('make one friend at the lunch club');
    expect((await chat.draft())!.outcomes[0]!.aspirationId).toBe(seeded.aspirations[0]!.id);
    await chat.say('yes please');
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
    expect((await chat.draft())!.outcomes[0]!.aspirationId).toBe(seeded.aspirations[1]!.id);
    await finishOutcome(chat);
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('sleep in my own bed every night');
    await chat.say('End of Year 11');
    await chat.say('mum sees it');
    await chat.say('I would feel grown up');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(chat.lastQuestion?.activity.text).toMatch(/How does this help with your hope "I want to design computer games"/);
  });

  it('quotes a long answer briefly in the next question and keeps it whole in the draft', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [TRAVEL] }));
    const long = 'I know all the buses in town and I have a map of them. Mum says I should think about what I can do. I want to go to the shop by myself and pay for my own things. The 42 is always late.';
    await chat.say(long);
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('End of Year 11');
    await finishOutcome(chat, { confirm: false });
    expect(chat.lastQuestion?.activity.text).toContain('By the end of Year 11, I will go to the shop by myself and pay for my own things.');
    expect(chat.lastQuestion?.activity.text).not.toContain('The 42 is always late');
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.inTheirWords).toBe(long);
  });

  it('encourages a third outcome once, accepts no, and links every outcome to a hope and a need', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, TRAVEL, FRIENDS] }));
    const topics: string[] = [];
    await chat.say('make a game by the end of year 11');
    topics.push(chat.lastQuestion!.topic!);
    await finishOutcome(chat);
    await chat.say('Yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('1');
    topics.push(chat.lastQuestion!.topic!);
    await chat.say('take the bus to town on my own');
    await finishOutcome(chat);
    await chat.say('No');
    expect(chat.step).toBe(Step.outcomeAnother);
    const replies = await chat.say('No');
    expect(replies.some((a) => outcomesOf(a)?.step?.startsWith('outcome.'))).toBe(false);

    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(2);
    expect(new Set(topics).size).toBe(2);
    expect(goldenThreadProblems(draft)).toEqual([]);
    expect(draft.outcomes.every((o) => o.confirmed && o.measure)).toBe(true);
  });

  it('stops offering more at six outcomes', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      age: 15,
      schoolYear: 10,
      hopes: [GAMES, TRAVEL, FRIENDS],
      change: (draft) => withConfirmedOutcomes(draft, MAX_OUTCOMES - 1),
    }));
    await chat.say('cook a meal for my family by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    const replies = await chat.say('Yes');
    expect(replies.some((a) => outcomesOf(a)?.step === Step.outcomeAnother)).toBe(false);
    expect((await chat.draft())!.outcomes).toHaveLength(MAX_OUTCOMES);
  });

  it('never keeps support as the outcome itself', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('more help');
    await chat.say('a TA');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('finish my coursework on time by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    await chat.say('Change the words');
    await chat.say('I need a teaching assistant');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('Yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By the end of Year 11, I will finish my coursework on time.');
    expect(outcome.provision.map((p) => p.text)).toEqual(['more help', 'a TA', 'a quiet room', 'a teaching assistant']);
  });
});

function withConfirmedOutcomes(draft: Draft, count: number): Draft {
  let next = draft;
  for (let i = 0; i < count; i++) {
    const aspiration = next.aspirations[i % next.aspirations.length]!;
    const needIds = next.needs.filter((n) => n.aspirationIds.includes(aspiration.id)).map((n) => n.id);
    const started = startOutcome(next, { statement: `I will try step ${i + 1} by the end of Year 11.`, aspirationId: aspiration.id, needIds });
    next = updateOutcome(started.draft, started.outcome.id, { confirmed: true, timeframe: { phrase: 'by the end of Year 11', date: '2026-07-22' } });
  }
  return next;
}
