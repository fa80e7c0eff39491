import type { Activity } from 'botbuilder';
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
async function finishOutcome(chat: Transcript, options: { confirm?: boolean } = {}): Promise<void> {
  if (chat.step === Step.outcomeWhen) await chat.say(chat.lastQuestion!.choices[0]!);
  if (chat.step === Step.outcomeMeasure) await chat.say('three times a week');
  if (chat.step === Step.outcomeDoesForMe) await chat.say('I would feel proud');
  await chat.say('I could do more things with friends');
  await chat.say('a quiet room');
  expect(chat.step).toBe(Step.outcomeConfirm);
  if (options.confirm !== false) await chat.say('Yes');
}

describe('the outcomes stage', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

  it('turns a 15-year-old\'s hope of designing games into a confirmed, linked outcome with its own measure', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', name: 'Sam', age: 15, schoolYear: 10, hopes: [GAMES, FRIENDS] });
    chat = c;
    const hope = seeded.aspirations[0]!;
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(hope.id);

    await chat.say('make a simple game on my own by the end of year 11');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my teacher plays it and it works');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('I would feel proud of myself');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('I could show it when I apply to college');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('a laptop, speech and language therapy twice a week');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    expect(chat.lastQuestion?.activity.text).toContain('By the end of Year 11, I will make a simple game on my own.');
    await chat.say('Yes, that\'s right');
    expect(chat.step).toBe(Step.outcomeAnother);

    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({
      statement: 'By the end of Year 11, I will make a simple game on my own.',
      measure: 'my teacher plays it and it works',
      aspirationId: hope.id,
      needIds: [seeded.needs[0]!.id],
      timeframe: { phrase: 'by the end of year 11', date: '2026-07-22' },
      doesForMe: 'I would feel proud of myself',
      makesPossible: 'I could show it when I apply to college',
      pfaArea: 'employment',
      confirmed: true,
    });
    expect(outcome.provision.map((p) => [p.text, p.by, p.howOften])).toEqual([
      ['a laptop', 'education', undefined],
      ['speech and language therapy twice a week', 'health', 'twice a week'],
    ]);
  });

  it('keeps support offered as a step as provision and asks what it would help them do', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    const topic = chat.lastQuestion?.topic;
    for (const help of ['i need a TA', 'extra reading lessons', 'someone to help me']) {
      await chat.say(help);
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion?.topic).toBe(topic);
      if (help !== 'someone to help me') expect(chat.lastQuestion?.activity.text).toMatch(/help you do/);
    }
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('turns support and a step together into an outcome with its provision', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('i need a TA');
    await chat.say('go to all my lessons on my own with a travel buddy at first by Christmas');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('go to all my lessons on my own by Christmas');
    expect(outcome.provision.map((p) => p.text)).toEqual(['a TA', 'a travel buddy at first']);
  });

  it('asks "by when?" with only choices that make sense for the year, and resolves the choice to a date', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [TRAVEL] }));
    await chat.say('travel to college on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.topic).toBeDefined();
    // The end of this school year is four months away: a target, so it is not offered.
    expect(chat.lastQuestion?.choices).toEqual(['End of Year 11', 'In 6 months', 'In a year']);
    await chat.say('End of Year 11');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by the end of Year 11', date: '2026-07-22' });
  });

  it('keeps the person\'s own time words and treats a date a few weeks away as a first step', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 17, schoolYear: 12, hopes: [TRAVEL] }));
    await chat.say('take the train to see my gran on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('whenever really');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('by Easter');
    expect(texts(replies)).toMatch(/first step/);
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('in a yeer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'in a yeer', date: '2026-03-10' });
    expect(outcome.steps).toEqual([{ text: 'take the train to see my gran on my own', timeframe: { phrase: 'by Easter', date: '2025-04-17' } }]);
  });

  it('asks one friendly question about a vague feeling and keeps the feeling as what it would do for them', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 12, schoolYear: 7, hopes: [FRIENDS] }));
    await chat.say('be happy');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toContain('"be happy"');
    expect(chat.lastQuestion?.activity.text).toMatch(/be doing/);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('go to the youth club with a friend every week');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toContain('End of Year 9');
    await chat.say('End of Year 9');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my mum sees me go every Friday');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('I could make more friends');
    await chat.say('a youth worker at first');
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({
      statement: 'By the end of Year 9, I will go to the youth club with a friend every week.',
      measure: 'my mum sees me go every Friday',
      doesForMe: 'be happy',
      confirmed: true,
    });
    expect(outcome.statement).not.toMatch(/\(/);
    expect(outcome.provision).toEqual([expect.objectContaining({ text: 'a youth worker at first', by: 'social_care' })]);
  });

  it('asks a second vague answer to be said as "I will ...", and leaves a third for the key worker', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 14, schoolYear: 9, hopes: [GAMES, FRIENDS] }));
    await chat.say('do better');
    await chat.say('whatever');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toContain('I will');
    await chat.say('be good');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('looks 3 to 6 months ahead for a parent of a 4-year-old and writes the outcome in the child\'s name', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      who: 'parent_carer',
      name: 'Maisie',
      age: 4,
      hopes: [{ text: 'Maisie will make friends at nursery', theme: 'friends_and_community', needs: ['She finds it hard to share'] }],
    }));
    await chat.say('she need more physio');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('she can to play next to another child for five minutes');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toEqual(['In 3 months', 'In 6 months']);
    await chat.say('In 6 months');
    await finishOutcome(chat);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toBe('2025-09-10');
    expect(outcome.statement).toBe('In 6 months (by September 2025), Maisie will play next to another child for five minutes.');
    expect(outcome.provision[0]).toMatchObject({ text: 'more physio', by: 'health' });
    expect(outcome.pfaArea).toBeUndefined();
  });

  it('"nah leave it, its ok" after asking to change the words keeps the sentence read back', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    await chat.say('Change the words');
    expect(chat.lastQuestion?.choices).toEqual([]);
    await chat.say('nah leave it, its ok');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({ statement: 'By the end of Year 11, I will make a game.', confirmed: true });
  });

  it('support typed at "what would it do for you?" or "what would it make possible?" is kept as help, and the question asked again', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [TRAVEL] }));
    await chat.say('get the train to college on my own by the end of year 11');
    await chat.say('i do it for a whole week');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('a travel buddy');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('I would feel grown up');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('a bus pass');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    // Support again is kept as help too, and the question is left for now; the help was given, so it is not asked for again.
    await chat.say('travel training with my key worker');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBe('I would feel grown up');
    expect(outcome.makesPossible ?? null).toBeNull();
    expect(outcome.provision.map((p) => p.text)).toEqual(['a travel buddy', 'a bus pass', 'travel training with my key worker']);
  });

  it('stores the person\'s own wording, with its new timeframe', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    await chat.say('Change the words');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).toEqual([]);
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
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
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

  it('moves a step to the hope it fits, or asks how it helps with its hope', async () => {
    const { chat: c, seeded } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES, FRIENDS] });
    chat = c;
    await chat.say('make one friend at the lunch club');
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
