import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import type { Draft } from '../../src/domain/draft';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Leon, 20, lives with his mum and her partner Craig. At "what help would you need?": "someone to help me fill in
 * the forms. without craig knowing tbh". Wanting something kept from someone at home is a secrecy sign: it is asked
 * after gently, never kept in the plan; the help itself ("someone to help me fill in the forms") is kept.
 */

const FORMS: SeedHope = { text: 'sort out my own benefits', theme: 'independent_living', needs: ['forms are hard for me'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const HOME_NOTE = (d: Draft): Draft => ({ ...d, flags: [{ kind: 'safeguarding', category: 'domestic_abuse', at: '2026-12-02T10:00:00.000Z', step: 'aboutMe.safe' }] });

async function atProvides(age = 20, change?: (d: Draft) => Draft): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Leon', age, hopes: [FORMS], ...(change ? { change } : {}) }));
  await chat!.say('fill in my PIP form with help by the summer');
  if (chat!.step === Step.outcomeWhen) await chat!.say('by next summer');
  if (chat!.step === Step.outcomeMeasure) await chat!.say('the form is sent off');
  if (chat!.step === Step.outcomeDoesForMe) await chat!.say('i would feel in charge');
  if (chat!.step === Step.outcomeMakesPossible) await chat!.say('i could sort my own money');
  expect(chat!.step).toBe(Step.outcomeProvides);
  return chat!;
}

const provision = async (c: Transcript) => (await c.draft())!.outcomes.flatMap((o) => o.provision.map((p) => p.text));

describe('something kept from someone at home, said beside the help', () => {
  it.each([
    ['someone to help me fill in the forms. without craig knowing tbh', 'someone to help me fill in the forms'],
    ['someone to help me fill in the forms without my stepdad finding out', 'someone to help me fill in the forms'],
    ['a worker to help with the forms so my mum\'s boyfriend doesnt see', 'a worker to help with the forms'],
    ['help with forms at college. dont let craig see this', 'help with forms at college'],
    ['my key worker helping me with the forms as long as he doesnt know', 'my key worker helping me with the forms'],
    ['help from the advice centre, without him finding out', 'help from the advice centre'],
  ])('%j gets the gentle check, never kept; after "im ok" only the help is kept', async (said, kept) => {
    const c = await atProvides();
    const replies = saidIn(await c.say(said));
    expect(c.step).toBe(Step.safeguardingCheck);
    expect(replies).not.toMatch(/0800 1111/);
    expect(JSON.stringify((await c.draft())!.outcomes)).not.toMatch(/craig|stepdad|boyfriend|finding out|doesnt know|see this/i);
    await c.say('im ok');
    expect(JSON.stringify((await c.draft())!.outcomes)).not.toMatch(/craig|stepdad|boyfriend|finding out|doesnt know|see this/i);
    expect(c.step).not.toBe(Step.outcomeProvides);
    expect(await provision(c)).toEqual([kept]);
  });

  it.each([
    'someone to help me plan a surprise party without my mum knowing',
    'help with forms so i can do it without anyone knowing i struggle',
    'a support worker to help with the forms so the teacher doesnt see me struggle',
    'someone to help me with forms without me getting stressed',
  ])('%j is help, with no check', async (said) => {
    const c = await atProvides();
    await c.say(said);
    expect(c.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('the same aside after a note about home', () => {
  it.each([
    ['someone to help me fill in the forms. without craig knowing tbh', 'someone to help me fill in the forms'],
    ['a worker to help with the forms so my mum\'s boyfriend doesnt see', 'a worker to help with the forms'],
    ['help from the advice centre, without him finding out', 'help from the advice centre'],
  ])('%j joins the note with a short word; only the help is kept, no second check', async (said, kept) => {
    const c = await atProvides(20, HOME_NOTE);
    const replies = saidIn(await c.say(said));
    expect(replies).toMatch(/note about your worry at home\. It will not go in your plan/);
    expect(c.step).not.toBe(Step.safeguardingCheck);
    expect(await provision(c)).toEqual([kept]);
    expect((await c.draft())!.flags).toHaveLength(1);
  });

  it('"dont let craig see this" alone joins the note and the question is asked again', async () => {
    const c = await atProvides(20, HOME_NOTE);
    expect(saidIn(await c.say('dont let craig see this'))).toMatch(/It will not go in your plan/);
    expect(c.step).toBe(Step.outcomeProvides);
    expect(await provision(c)).toEqual([]);
  });
});
