import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Jaz, 17, at college, typing ahead or in the wrong box at the needs questions: a time alone is
 * never a hard thing, and "i got mixed up" / "wrong box" is never kept as a hard thing or as help.
 */

const GYM: SeedHope = { text: 'go to the gym with my mates', theme: 'health_and_wellbeing', needs: [] };
const CAR: SeedHope = { text: 'have my own car', theme: 'independent_living', needs: [] };
const feedback = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

async function atHard(step: 'barrier' | 'more' = 'barrier'): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-07', name: 'Jaz', age: 17, schoolYear: 12, hopes: [GYM, CAR], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
  if (step === 'more') {
    await chat.say('i dont know anyone there');
    await chat.say('my mate Sam comes with me');
    expect(chat.step).toBe(Step.needsMore);
  }
  return chat;
}
const needTexts = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => n.text);
const helpTexts = async (chat: Transcript) => (await chat.draft())!.needs.flatMap((n) => n.helps ?? []);

describe('a time alone at "what makes this hard?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['end of the year', 'by july', 'next year', 'in 6 months'])('%j is not kept as a hard thing; the question is asked again', async (typed) => {
    chat = await atHard();
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/later question/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(await needTexts(chat)).toEqual([]);
  });

  it('"end of the year" at "is something else hard?" is not kept either', async () => {
    chat = await atHard('more');
    const replies = await chat.say('end of the year');
    expect(feedback(replies)).toMatch(/later question/);
    expect(await needTexts(chat)).toEqual(['i dont know anyone there']);
  });

  it('a hard thing with a time in it is still kept', async () => {
    chat = await atHard();
    await chat.say('i cant afford it till the end of the year');
    expect(await needTexts(chat)).toEqual(['i cant afford it till the end of the year']);
  });
});

describe('"i got mixed up" at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['wait i got mixed up. nothing is hard for the gym one', 'oops wrong box, nothing is hard', 'sorry that was for the next one. nothing else is hard'])(
    '%j at "is something else hard?" ends the hard things, keeping no remark',
    async (typed) => {
      chat = await atHard('more');
      await chat.say(typed);
      expect(chat.step).not.toBe(Step.needsHelps);
      expect(await needTexts(chat)).toEqual(['i dont know anyone there']);
      expect(await helpTexts(chat)).toEqual(['my mate Sam comes with me']);
    },
  );

  it('"wait i got mixed up. nothing is hard for the gym one" at "what helps?" takes back the hard thing just kept, keeping no help', async () => {
    chat = await atHard();
    await chat.say('money');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('wait i got mixed up. nothing is hard for the gym one');
    expect(feedback(replies)).toMatch(/money/);
    expect(await needTexts(chat)).toEqual([]);
    expect(await helpTexts(chat)).toEqual([]);
  });

  it.each(['i got mixed up', 'wrong box', 'that was for the next one'])('%j alone at "what helps?" says back the hard thing kept, and keeps no help', async (typed) => {
    chat = await atHard();
    await chat.say('money');
    const replies = await chat.say(typed);
    expect(feedback(replies)).toMatch(/money/);
    expect(chat.step).toBe(Step.needsHelps);
    expect(await helpTexts(chat)).toEqual([]);
  });

  it('"sorry wrong box. my mate Sam comes with me" keeps only the help', async () => {
    chat = await atHard();
    await chat.say('money');
    await chat.say('sorry wrong box. my mate Sam comes with me');
    expect(await helpTexts(chat)).toEqual(['my mate Sam comes with me']);
  });

  it('"i get mixed up with the machines" is a hard thing, kept as said', async () => {
    chat = await atHard();
    await chat.say('i get mixed up with the machines');
    expect(await needTexts(chat)).toEqual(['i get mixed up with the machines']);
  });
});
