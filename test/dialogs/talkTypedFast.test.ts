import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome, TODAY } from './throughWelcome';

/*
 * A 17-year-old typing fast in text-speak asks about the chat, checks what was kept and complains.
 * None of it becomes a hope, a need, an outcome or help; the bot answers what was asked.
 */

const CHEF: SeedHope = { text: 'be a pastry chef', theme: 'learning_and_work', needs: ['maths is hard'] };
const BUS: SeedHope = { text: 'get the bus on my own to college', theme: 'independent_living', needs: ['i get lost'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

function chefOutcomeDone(draft: Draft): Draft {
  const hope = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By July 2026, I will make bread on my own.', aspirationId: hope.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2026', date: '2026-07-31' }, confirmed: true, measure: 'my teacher tastes it' });
}

describe('talk about the chat, typed fast', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"do i hav to answer this one" at the dream is answered (no, say skip) and never kept as a hope', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '17' });
    await throughAboutMe(chat);
    const replies = await chat.say('do i hav to answer this one');
    expect(texts(replies)).toMatch(/don't have to answer.*skip/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())!.aspirations).toEqual([]);
  });

  it('"did u get that" says what was kept, in their words', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '17' });
    await chat.say('im good at cooking');
    const replies = await chat.say('did u get that');
    expect(texts(replies)).toMatch(/kept "im good at cooking"/);
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())!.aboutMe.important).toEqual([]);
  });

  it('"did the teacher help bit get saved tho" finds it; a part never said is not kept yet', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [{ ...CHEF, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('maths is hard');
    await chat.say('my teacher helps me with the scales');
    expect(chat.step).toBe(Step.needsMore);
    let replies = await chat.say('did the teacher help bit get saved tho');
    expect(texts(replies)).toMatch(/kept "my teacher helps me with the scales"/);
    replies = await chat.say('did the bus thing get saved');
    expect(texts(replies)).toMatch(/haven't kept that yet/);
    expect(chat.step).toBe(Step.needsMore);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['maths is hard']);
    expect(needs[0]!.helps).toEqual(['my teacher helps me with the scales']);
  });

  it('"did the teachers helping bit get saved" finds the answer by its words in other forms, as the review does', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [{ ...CHEF, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('maths is hard');
    await chat.say('my teacher helps me with the scales');
    const replies = await chat.say('did the teachers helping bit get saved');
    expect(texts(replies)).toMatch(/kept "my teacher helps me with the scales"/);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('"thats not help i need?? thats wat it does for me. im confused now" at "what help" keeps nothing', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await chat.say('make a cake on my own');
    if (chat.step === Step.outcomeWhen) await chat.say('in a year');
    if (chat.step === Step.outcomeMeasure) await chat.say('my teacher tastes it');
    if (chat.step === Step.outcomeDoesForMe) await chat.say('id feel proud');
    if (chat.step === Step.outcomeMakesPossible) await chat.say('i could work in a bakery');
    expect(chat.step).toBe(Step.outcomeProvides);
    const before = (await chat.draft())!.outcomes[0]!;
    await chat.say('thats not help i need?? thats wat it does for me. im confused now');
    expect(chat.step).toBe(Step.outcomeProvides);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.makesPossible).toBe(before.makesPossible);
    expect(JSON.stringify(outcome)).not.toMatch(/confused/);
  });

  it.each(['ugh fine but can it be about the bus thing', 'fine, about the bus thing'])('"%s" at "another outcome?" asks the step for the bus hope, and keeps none of it as a step', async (typed) => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [CHEF, BUS], change: chefOutcomeDone, at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) }));
    const bus = (await chat.draft())!.aspirations[1]!;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(bus.id);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(JSON.stringify(outcomes)).not.toMatch(/ugh|fine/);
  });
});
