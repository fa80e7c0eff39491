import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith } from './journeySeed';
import { finishOutcome, FRIENDS, GAMES, TRAVEL } from './outcomeSeed';

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
    // "What would it do for you?" is never asked: the feeling already answers it.
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'go to the youth club with a friend every week',
      [Step.outcomeWhen]: 'end of year 9',
      [Step.outcomeMeasure]: 'my mum sees me go every Friday',
      [Step.outcomeMakesPossible]: 'I could make more friends',
      [Step.outcomeProvides]: 'a youth worker at first',
    });
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
    expect(outcome.statement).toBe('By September 2025 (in 6 months), Maisie will play next to another child for five minutes.');
    expect(outcome.provision[0]).toMatchObject({ text: 'more physio', by: 'health' });
    expect(outcome.pfaArea).toBeUndefined();
  });

  it('"nah leave it, its ok" after asking to change the words keeps the sentence read back', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a game by the end of year 11');
    await finishOutcome(chat, { confirm: false });
    await chat.say('Change the words');
    // Asked which part to change; "leave it" at that question changes nothing.
    expect(chat.lastQuestion?.choices).toEqual(['The sentence', 'The date', 'How everyone will know']);
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
});
