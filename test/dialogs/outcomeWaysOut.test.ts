import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * What people typed in the middle of the outcomes: naming the hope for the next outcome in their
 * own words, wanting out of an outcome half built, "no, but ..." at a yes / no question, a date
 * typed where the measure was asked, and the example in the vague follow-up.
 */

const CHOIR: SeedHope = { text: 'join the school choir', theme: 'friends_and_community', needs: ['gets nervous in front of people'] };
const DRY: SeedHope = { text: 'be dry in the day', theme: 'health_and_wellbeing', needs: ['forgets to go to the toilet'] };
const COLLEGE: SeedHope = { text: 'get to college on my own', theme: 'independent_living', needs: ['the bus is scary and busy'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: ['i find it hard to start talking'] };
const FOOTBALL: SeedHope = { text: 'play football for a team', theme: 'health_and_wellbeing', needs: ['i get tired quickly'] };
const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant read recipes'] };

const said = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

/** One outcome typed through to "another outcome?", for the first hope. */
async function oneOutcome(chat: Transcript): Promise<void> {
  await chat.say('i will sing one song with the choir at the summer concert by next summer');
  await chat.say('my teacher will hear me sing');
  await chat.say('proud of myself');
  await chat.say('i could join a band');
  await chat.say('someone to practise with');
  await chat.say('yes thats right');
  expect(chat.step).toBe(Step.outcomeAnother);
}

/** Typed up to the question asked at `step`, for a football outcome. */
async function buildTo(chat: Transcript, step: string): Promise<void> {
  const answers: Record<string, string> = {
    [Step.outcomeStep]: 'i will play in a match for the school team',
    [Step.outcomeWhen]: 'by next summer',
    [Step.outcomeMeasure]: 'my coach will pick me',
    [Step.outcomeDoesForMe]: 'i would feel part of something',
    [Step.outcomeMakesPossible]: 'i could join a club outside school',
    [Step.outcomeProvides]: 'a coach who knows about my tiredness',
  };
  for (let i = 0; i < 8 && chat.step !== step; i++) await chat.say(answers[chat.step ?? ''] ?? 'yes');
  expect(chat.step).toBe(step);
}

describe('naming the hope for the next outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['yes, for toilet', DRY],
    ['one for the bus thing', COLLEGE],
    ['yeah for making friends', FRIENDS],
    ['ok the toilet one pls', DRY],
    ['yea the one about getting to college', COLLEGE],
  ])('"%s" goes to the hope it names, by its words or its needs\' words', async (typed, wanted) => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [CHOIR, DRY, COLLEGE, FRIENDS] });
    chat = started.chat;
    await oneOutcome(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    const hope = started.seeded.aspirations.find((a) => a.id === chat.lastQuestion?.topic);
    expect(hope?.text).toBe(wanted.text);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
  });

  it('"the singing one" goes back to the choir hope, even with another hope waiting', async () => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [CHOIR, DRY, COLLEGE] });
    chat = started.chat;
    await oneOutcome(chat);
    await chat.say('the singing one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[0]!.id);
  });

  it('asks which hope when the words fit more than one, and takes a number or words as the answer', async () => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [CHOIR, DRY, COLLEGE, FRIENDS] });
    chat = started.chat;
    await oneOutcome(chat);
    const replies = await chat.say('yes, the other one');
    expect(chat.step).toBe(Step.outcomeAnother);
    const asked = said(replies) + (chat.lastQuestion?.activity.text ?? '');
    expect(asked).toMatch(/Which hope/);
    expect(asked).toContain('be dry in the day');
    expect(asked).toContain('get to college on my own');
    // The hope just worked on is not offered again for "the other one".
    expect(asked).not.toContain('join the school choir');
    await chat.say('2');
    expect(chat.step).toBe(Step.outcomeStep);
    const hope = started.seeded.aspirations.find((a) => a.id === chat.lastQuestion?.topic);
    expect(hope?.text).toBe('get to college on my own');
  });

  it('"yes the other one" with two hopes goes to the one not just worked on', async () => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [CHOIR, DRY] });
    chat = started.chat;
    await oneOutcome(chat);
    await chat.say('yes the other one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
  });

  it('never picks a hope silently when the words name none of them', async () => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [CHOIR, DRY, COLLEGE] });
    chat = started.chat;
    await oneOutcome(chat);
    await chat.say('yes the wizard one');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(chat.lastQuestion?.activity.text).toMatch(/Which hope/);
    await chat.say('the college one');
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[2]!.id);
  });
});

describe('leaving an outcome half built', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.outcomeDoesForMe, "I don't want this outcome"],
    [Step.outcomeMakesPossible, 'skip this one'],
    [Step.outcomeProvides, 'forget it'],
    [Step.outcomeMeasure, 'stop this one'],
    [Step.outcomeWhen, 'nah i dont want to do this one anymore'],
    [Step.outcomeConfirm, 'scrap this outcome'],
  ])('at %s, "%s" asks kindly, then keeps nothing of it and goes on', async (step, typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL, COLLEGE] }));
    await buildTo(chat, step);
    await chat.say(typed);
    expect(chat.step).toBe(step);
    expect(chat.lastQuestion?.activity.text).toMatch(/leave this outcome out/);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
    const replies = await chat.say('yes please');
    expect(said(replies)).toMatch(/left that one out/);
    expect(chat.step).toBe(Step.outcomeAnother);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/play in a match|coach will pick|part of something|club outside school/);
  });

  it('before the outcome exists, "i dont want this outcome" goes on and keeps nothing of it', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL, COLLEGE] }));
    await chat.say('a coach who understands my tiredness');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say("i don't want this outcome");
    expect(chat.step).toBe(Step.outcomeAnother);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/coach who understands|want this outcome/);
  });

  it('"no, keep going" carries on at the question they were at, with nothing lost', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL, COLLEGE] }));
    await buildTo(chat, Step.outcomeMakesPossible);
    await chat.say('forget it');
    await chat.say('no actually lets keep it');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/leave this outcome out/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my coach will pick me');
  });

  it('"no, but ..." at the kind check keeps the outcome and answers the question they were at', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL, COLLEGE] }));
    await buildTo(chat, Step.outcomeMakesPossible);
    await chat.say('stop this one');
    await chat.say('no, but it would help me get picked for the county team');
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.makesPossible).toBe('it would help me get picked for the county team');
  });

  it('"can we do a different one" leaves it out and asks for a different step towards the same hope', async () => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL, COLLEGE] });
    chat = started.chat;
    await buildTo(chat, Step.outcomeDoesForMe);
    await chat.say('can we do a different one');
    await chat.say('yeah');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[0]!.id);
    expect(chat.lastQuestion?.activity.text).toMatch(/different step/);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it('a parent hears about their child by name at the kind check', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Maisie', age: 9, schoolYear: 4, hopes: [FOOTBALL] }));
    await chat.say('she will play in a match for the school team by next summer');
    await chat.say('i dont want this one');
    expect(chat.lastQuestion?.activity.text).toMatch(/outcome for Maisie out/);
  });
});

describe('"no, but ..." at a yes / no question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"No. But what about ..." at "another outcome?" takes the idea as the next step, without the asking', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [CHOIR, FOOTBALL] }));
    await oneOutcome(chat);
    await chat.say('No. But what about going to football training every week');
    expect(chat.step).not.toBe(Step.outcomeAnother);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(2);
    const second = draft.outcomes[1]!;
    expect(second.statement).toMatch(/^going to football training every week/i);
    expect(second.aspirationId).toBe(draft.aspirations[1]!.id);
  });

  it('"no, but can I add one about the bus" at the read-back leaves this one (after a check) and goes to that hope', async () => {
    const started = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL, COLLEGE] });
    chat = started.chat;
    await buildTo(chat, Step.outcomeConfirm);
    await chat.say('no, but can I add one about the bus');
    expect(chat.lastQuestion?.activity.text).toMatch(/leave this outcome out/);
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});

describe('a date typed at "how would everyone know?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['by summer', 'in july', 'next september i think'])('"%s" with no date yet becomes the date, and the measure is still asked', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL] }));
    await chat.say('i will play in a match for the school team');
    await chat.say('skip');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say(typed);
    expect(said(replies)).toMatch(/as the date/);
    expect(chat.step).toBe(Step.outcomeMeasure);
    let outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBeUndefined();
    expect(outcome.timeframe?.phrase).toMatch(/summer|july|september/);
    await chat.say('my coach will put me on the team sheet');
    outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my coach will put me on the team sheet');
  });

  it('with a date already, it asks kindly whether to change it; yes changes it and the measure is asked', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL] }));
    await buildTo(chat, Step.outcomeMeasure);
    await chat.say('next september');
    expect(chat.lastQuestion?.activity.text).toMatch(/next september.*by next summer/);
    await chat.say('yeah');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('next september');
    expect(outcome.measure).toBeUndefined();
  });

  it('"no, but ..." keeps the date and takes what follows as the measure', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL] }));
    await buildTo(chat, Step.outcomeMeasure);
    await chat.say('next september');
    await chat.say('no but my coach will pick me for a match');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('by next summer');
    expect(outcome.measure).toBe('my coach will pick me for a match');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
  });

  it('the measure typed instead of a yes or no keeps the date and is kept as the measure', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL] }));
    await buildTo(chat, Step.outcomeMeasure);
    await chat.say('next september');
    expect(chat.lastQuestion?.activity.text).toMatch(/next september/);
    await chat.say('coach picks me for matches');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('by next summer');
    expect(outcome.measure).toBe('coach picks me for matches');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
  });

  it('"by summer" when the date is "in july" is the same date, and the measure is asked again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL] }));
    await chat.say('i will play in a match for the school team');
    await chat.say('in july');
    const replies = await chat.say('by summer');
    expect(said(replies)).toMatch(/date stays "in july"/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('a measure said with a time keeps the time as the date and out of the measure', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [FOOTBALL] }));
    await chat.say('i will play in a match for the school team');
    await chat.say('skip');
    await chat.say('my coach will pick me by the summer');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my coach will pick me');
    expect(outcome.timeframe?.phrase).toBe('by the summer');
  });
});

describe('the vague follow-up gives an example that fits the hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [FOOTBALL, 'be happy', /playing in a team on Saturdays/],
    [COOK, 'do better', /making a sandwich/],
    [DRY, 'be ok', /using the toilet/],
    [{ text: 'be more confident', theme: 'friends_and_community', needs: [] } as SeedHope, 'feel good', /asking a question in class/],
  ])('hope "%s": after "%s" the example fits', async (hope, typed, example) => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 14, schoolYear: 9, hopes: [hope] }));
    await chat.say(typed);
    expect(chat.lastQuestion?.activity.text).toMatch(example);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/go to the park with a friend/);
  });

  it('a parent hears an example that fits their child\'s hope, about the child', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Leo', age: 8, schoolYear: 3, hopes: [FOOTBALL] }));
    await chat.say('be happier');
    expect(chat.lastQuestion?.activity.text).toMatch(/What would Leo be doing.*playing in a team on Saturdays/);
  });
});
