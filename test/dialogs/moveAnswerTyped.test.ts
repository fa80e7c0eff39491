import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughWelcome, TODAY } from './throughWelcome';

/*
 * Corrections that say where an answer belongs: it is moved in the person's own words, and the
 * words of the correction ("delete it. its part of pastry chef") are never kept.
 */

const CHEF: SeedHope = { text: 'be a pastry chef', theme: 'learning_and_work', needs: [] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const atBarrier = { today: TODAY, name: 'Jay', age: 17, schoolYear: 12, hopes: [CHEF], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('an answer kept in the wrong place is moved', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"wait the baking thing was for the last question" moves it to what is important, and asks how to support them again', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '17' });
    await chat.say('im good at cooking');
    await chat.say('my mates n my nan');
    await chat.say('baking. like proper baking not just cupcakes lol');
    const replies = await chat.say('wait the baking thing was for the last question');
    expect(texts(replies)).toMatch(/moved "baking/);
    expect(chat.step).toBe(Step.aboutMeSupport);
    const aboutMe = (await chat.draft())!.aboutMe;
    // The laugh at its end is never kept in about me; the answer moves in the words kept.
    expect(aboutMe.important).toEqual(['my mates n my nan', 'baking. like proper baking not just cupcakes']);
    expect(aboutMe.support).toEqual([]);
    expect(JSON.stringify(aboutMe)).not.toMatch(/last question/);
  });

  it('"the weighing thing isnt wat helps its another hard thing" makes it a hard thing, with no help attached to it', async () => {
    ({ chat } = await startWith(atBarrier));
    await chat.say('maths is hard. like measuring');
    await chat.say('weighing stuff wiv numbers');
    expect(chat.step).toBe(Step.needsMore);
    const replies = await chat.say('the weighing thing isnt wat helps its another hard thing');
    expect(texts(replies)).toMatch(/moved "weighing stuff wiv numbers"/);
    let needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['maths is hard. like measuring', 'weighing stuff wiv numbers']);
    expect(needs.flatMap((n) => n.helps ?? [])).toEqual([]);
    expect(JSON.stringify(needs)).not.toMatch(/isnt wat helps/);
    // What helps was answered with a hard thing, so it is asked again.
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('nothing yet');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('no');
    needs = (await chat.draft())!.needs;
    expect(needs).toHaveLength(2);
  });

  it('a need moved to what helps keeps its own helps with it', async () => {
    ({ chat } = await startWith({ ...atBarrier, hopes: [{ ...CHEF, needs: ['the kitchen is too hot'] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('maths is hard. like measuring');
    await chat.say('my teacher shows me');
    expect(chat.step).toBe(Step.needsMore);
    const replies = await chat.say('the measuring thing isnt a hard thing its a help');
    expect(texts(replies)).toMatch(/moved "maths is hard/);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['the kitchen is too hot']);
    // "my teacher shows me" was said when both hard things were asked about, so it helps with both.
    expect([...needs[0]!.helps!].sort()).toEqual(['maths is hard. like measuring', 'my teacher shows me']);
  });

  it('"delete it. its part of pastry chef" deletes the last answer and keeps none of those words', async () => {
    ({ chat } = await startWith(atBarrier));
    await chat.say('maths is hard');
    await chat.say('my teacher');
    await chat.say('yes');
    await chat.say('i want to work in a real restaurant');
    const replies = await chat.say('delete it. its part of pastry chef');
    expect(texts(replies)).toMatch(/taken out "i want to work in a real restaurant"/);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['maths is hard']);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/part of pastry chef/);
  });
});
