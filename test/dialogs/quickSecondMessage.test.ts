import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, walkTo, type SeedHope } from './journeySeed';
import { throughWelcome, TODAY } from './throughWelcome';

/*
 * A teenager who sends an answer in two quick messages: the second ("and baking", "oh and
 * weighing stuff") lands after the next question was asked. It is added to the answer before, and
 * the question open now is asked again, so it never becomes that question's answer.
 */

const CHEF: SeedHope = { text: 'be a pastry chef', theme: 'learning_and_work', needs: [] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('a quick second message carries on the answer before', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"and baking ..." after "what is important to you" is added to that answer, and "how can people support you" is asked again', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '17' });
    await chat.say('im good at cooking');
    await chat.say('cooking for my mates n my nan');
    expect(chat.step).toBe(Step.aboutMeSupport);
    const replies = await chat.say('and baking. like proper baking not just cupcakes lol');
    expect(texts(replies)).toMatch(/added that to your last answer/);
    expect(chat.step).toBe(Step.aboutMeSupport);
    let aboutMe = (await chat.draft())!.aboutMe;
    expect(aboutMe.important).toEqual(['cooking for my mates n my nan and baking. like proper baking not just cupcakes lol']);
    expect(aboutMe.support).toEqual([]);
    await chat.say('dont rush me');
    aboutMe = (await chat.draft())!.aboutMe;
    expect(aboutMe.support).toEqual(['dont rush me']);
  });

  it('"show me how to do it first then i can do it" just after "do you feel safe?" carries on how to help, and the safety question is asked again', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Connor', age: 20, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) }));
    await chat.say('easy read');
    await chat.say('show me');
    expect(chat.step).toBe(Step.aboutMeSafe);
    const replies = await chat.say('show me how to do it first then i can do it');
    expect(texts(replies)).toMatch(/added that to your last answer/);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect((await chat.draft())!.aboutMe.support).toEqual(['show me how to do it first then i can do it']);
    await chat.say('ye');
    expect(chat.step).not.toBe(Step.aboutMeSafe);
  });

  it.each(['people at the bus stop scare me', 'is it private what i say here?'])('"%s" at "do you feel safe?" is never added to how to help', async (typed) => {
    ({ chat } = await startWith({ today: TODAY, name: 'Connor', age: 20, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) }));
    await chat.say('be patient with me');
    await chat.say(typed);
    expect((await chat.draft())!.aboutMe.support).toEqual(['be patient with me']);
  });

  it('"and weighing stuff wiv numbers" after a hard thing is another part of that hard thing, not what helps', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [CHEF], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('maths is hard. like measuring');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('and weighing stuff wiv numbers');
    expect(chat.step).toBe(Step.needsHelps);
    let needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['maths is hard. like measuring and weighing stuff wiv numbers']);
    expect(needs[0]!.helps ?? []).toEqual([]);
    await chat.say('my teacher shows me on the scales');
    needs = (await chat.draft())!.needs;
    expect(needs[0]!.helps).toEqual(['my teacher shows me on the scales']);
  });

  it('a second support message at the read-back is kept as more help, and the outcome stays as it was', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await chat.say('get a saturday job in a bakery');
    if (chat.step === Step.outcomeWhen) await chat.say('in a year');
    if (chat.step === Step.outcomeMeasure) await chat.say('i get paid every saturday');
    if (chat.step === Step.outcomeDoesForMe) await chat.say('id have my own money');
    if (chat.step === Step.outcomeMakesPossible) await chat.say('i could save for college');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('a job coach');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    await chat.say('n help filling in forms too');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(statement);
    expect(outcome.provision.map((p) => p.text)).toEqual(['a job coach', 'help filling in forms']);
  });

  it('"and say hi to people in my form too" at the read-back joins the sentence read back, never the help', async () => {
    const LUNCH: SeedHope = { text: 'have friends at my new school', theme: 'friends_and_community', needs: ['i get nervous talking to people'] };
    ({ chat } = await startWith({ today: TODAY, name: 'Mia', age: 11, schoolYear: 7, hopes: [LUNCH] }));
    await walkTo(chat, Step.outcomeProvides, {
      [Step.outcomeStep]: 'sit with someone at lunch',
      [Step.outcomeWhen]: 'in 6 months',
      [Step.outcomeMeasure]: 'my form tutor sees me at lunch',
      [Step.outcomeDoesForMe]: 'i would feel less lonely',
      [Step.outcomeMakesPossible]: 'i could make friends',
    });
    await chat.say('lunch club every day');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('and say hi to people in my form too');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/I will sit with someone at lunch and say hi to people in my form\.$/);
    expect(outcome.provision.map((p) => p.text)).toEqual(['lunch club every day']);
    expect(chat.lastQuestion?.activity.text ?? '').toContain('at lunch and say hi to people in my form');
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(true);
  });

  it('"and my cousin" where the question asks for another is that question\'s own answer', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [CHEF], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('maths is hard');
    await chat.say('nothing yet');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('and reading recipes');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toContain('maths is hard');
  });
});
