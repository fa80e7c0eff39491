import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { goldenThreadProblems, MAX_OUTCOMES } from '../../src/domain/checks';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const GAMES: SeedHope = { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] };
const FRIENDS: SeedHope = { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] };
const TRAVEL: SeedHope = { text: 'Go places on my own', theme: 'independent_living', needs: ['I get lost easily'] };

/** Answers every question of one outcome after its step, ending with "yes" to the read-back. */
async function finishOutcome(chat: Transcript): Promise<void> {
  if (chat.step === Step.outcomeMeasure) await chat.say('three times a week');
  if (chat.step === Step.outcomeWhen) await chat.say(chat.lastQuestion!.choices[0]!);
  await chat.say('I would feel proud');
  await chat.say('I could do more things with friends');
  await chat.say('a quiet room');
  expect(chat.step).toBe(Step.outcomeConfirm);
  await chat.say('Yes');
}

describe('the outcomes stage', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('turns a 15-year-old\'s hope of designing games into a confirmed, linked outcome', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', name: 'Sam', age: 15, schoolYear: 10, hopes: [GAMES, FRIENDS] });
    chat = c;
    const hope = seeded.aspirations[0]!;
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(hope.id);

    await chat.say('make a simple game on my own by the end of year 11');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('I would feel proud of myself');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('I could show it when I apply to college');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('a laptop, speech and language therapy');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    await chat.say('Yes, that\'s right');
    expect(chat.step).toBe(Step.outcomeAnother);

    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({
      statement: 'By the end of Year 11, I will make a simple game on my own.',
      aspirationId: hope.id,
      needIds: [seeded.needs[0]!.id],
      timeframe: { phrase: 'by the end of year 11', date: '2026-07-22' },
      doesForMe: 'I would feel proud of myself',
      makesPossible: 'I could show it when I apply to college',
      confirmed: true,
    });
    expect(outcome.provision.map((p) => [p.text, p.by])).toEqual([
      ['a laptop', 'education'],
      ['speech and language therapy', 'health'],
    ]);
  });

  it('keeps support offered as a step as provision and asks what it would help them do', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    const topic = chat.lastQuestion?.topic;
    await chat.say('i need a TA');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(topic);
    expect((await chat.draft())!.outcomes).toEqual([]);

    await chat.say('go to all my lessons on my own by the end of this school year');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('go to all my lessons on my own by the end of this school year');
    expect(outcome.provision).toEqual([expect.objectContaining({ text: 'i need a TA', by: 'education' })]);
  });

  it('asks "by when?" when the step has no timeframe and resolves the choice to a date', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [TRAVEL] }));
    await chat.say('travel to college on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.topic).toBeDefined();
    expect(chat.lastQuestion?.choices).toEqual(['End of this school year', 'End of Year 11', 'In 6 months']);
    await chat.say('End of Year 11');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by the end of Year 11', date: '2026-07-22' });
  });

  it('accepts a typed timeframe at "by when?" and asks again when there is none', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 17, schoolYear: 12, hopes: [TRAVEL] }));
    await chat.say('take the train to see my gran on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('whenever really');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by Easter');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by Easter', date: '2025-04-17' });
  });

  it('asks how everyone would know when the step is vague, and keeps the measure', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 12, schoolYear: 7, hopes: [GAMES] }));
    await chat.say('get better at reading');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('read a whole book by myself');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toContain('End of Year 9');
    await chat.say('End of Year 9');
    await finishOutcomeFromDoesForMe(chat);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('read a whole book by myself');
    expect(outcome.statement).toBe('By the end of Year 9, I will get better at reading (read a whole book by myself).');
    expect(outcome.timeframe?.date).toBe('2027-07-22');
  });

  it('looks 3 to 6 months ahead for a parent of a 4-year-old and names the child', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      who: 'parent_carer',
      name: 'Maisie',
      age: 4,
      hopes: [{ text: 'Maisie will make friends at nursery', theme: 'friends_and_community', needs: ['She finds it hard to share'] }],
    }));
    await chat.say('she will feed herself with a spoon');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toEqual(['In 3 months', 'In 6 months']);
    await chat.say('In 6 months');
    await finishOutcomeFromDoesForMe(chat);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toBe('2025-09-10');
    expect(outcome.statement).toBe('By September 2025, Maisie will feed herself with a spoon.');
  });

  it('stores the person\'s own wording instead of the tidied one, with its new timeframe', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcomeFromDoesForMe(chat, { confirm: false });
    await chat.say('Change the words');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).toEqual([]);
    await chat.say('I will finish my own game and put it online by next summer');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({
      statement: 'I will finish my own game and put it online by next summer',
      timeframe: { phrase: 'by next summer', date: '2025-07-22' },
      confirmed: true,
    });
  });

  it('keeps the timeframe when the own wording leaves it out, and reads it back first', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('End of Year 11');
    await finishOutcomeFromDoesForMe(chat, { confirm: false });
    await chat.say('Change the words');
    await chat.say('I will make my very own game');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
    await chat.say('Yes');
    expect((await chat.draft())!.outcomes[0]).toMatchObject({
      statement: 'By the end of Year 11, I will make my very own game.',
      timeframe: { date: '2026-07-22' },
      confirmed: true,
    });
  });

  it('takes "yes, and one about friends" as yes plus the next step, about the friends hope', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, TRAVEL, FRIENDS] });
    chat = c;
    await chat.say('make a game by the end of year 11');
    await finishOutcomeFromDoesForMe(chat);
    await chat.say('yes, and one about friends');
    const friends = seeded.aspirations[2]!;
    expect(chat.lastQuestion?.topic).toBe(friends.id);
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]).toMatchObject({ aspirationId: friends.id, statement: 'one about friends', confirmed: false });
  });

  it('encourages a third outcome once, accepts no, and links every outcome to a hope and a need', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, TRAVEL, FRIENDS] }));
    const topics: string[] = [];
    await chat.say('make a game by the end of year 11');
    topics.push(chat.lastQuestion!.topic!);
    await finishOutcomeFromDoesForMe(chat);
    await chat.say('Yes');
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
    expect(draft.outcomes.every((o) => o.confirmed)).toBe(true);
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
    await finishOutcomeFromDoesForMe(chat, { confirm: false });
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
    await finishOutcomeFromDoesForMe(chat, { confirm: false });
    await chat.say('Change the words');
    await chat.say('I need a teaching assistant');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('Yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('By the end of Year 11, I will finish my coursework on time.');
    expect(outcome.provision.map((p) => p.text)).toEqual(['more help', 'a TA', 'a quiet room', 'I need a teaching assistant']);
  });
});

async function finishOutcomeFromDoesForMe(chat: Transcript, options: { confirm?: boolean } = {}): Promise<void> {
  expect(chat.step).toBe(Step.outcomeDoesForMe);
  await chat.say('I would feel proud');
  await chat.say('I could do more on my own');
  await chat.say('a quiet room');
  expect(chat.step).toBe(Step.outcomeConfirm);
  if (options.confirm !== false) await chat.say('Yes');
}

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
