import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Asked what help he would need to work on the till, a young person types "sumone show me the
 * till. money is hard". Someone showing him the till is help; "money is hard" is something hard,
 * kept as a need of the hope, never as provision. "the bus" alone as help for going to a match is
 * kept as help with the bus.
 */

async function atHelp(hope: SeedHope, goal: string): Promise<Transcript> {
  const { chat } = await startWith({ today: '2025-03-10', name: 'Dan', age: 16, schoolYear: 11, hopes: [hope], at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) });
  await chat.say(goal);
  for (let i = 0; i < 6 && chat.step !== Step.outcomeProvides; i++) {
    await chat.say(chat.step === Step.outcomeWhen ? 'july 2026' : chat.step === Step.outcomeMeasure ? 'my manager signs it off 3 weeks in a row' : 'i would feel proud');
  }
  expect(chat.step).toBe(Step.outcomeProvides);
  return chat;
}

const SHOP: SeedHope = { text: 'work in a shop', theme: 'learning_and_work', needs: ['I get nervous with customers'] };
const SHOP_GOAL = 'I will work on the till at my work placement by july 2026';
const MATCH: SeedHope = { text: 'go to football matches with my mate dan', theme: 'friends_and_community', needs: ['I get lost on the way'] };
const MATCH_GOAL = 'I will go to a match with dan on my own by july 2026';

describe('something hard said with the help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['sumone show me the till. money is hard', 'sumone show me the till', 'money is hard'],
    ['someone to show me the till, i struggle with money', 'someone to show me the till', 'i struggle with money'],
    ['extra time on the till. counting change is hard', 'extra time on the till', 'counting change is hard'],
  ])('"%s" keeps the help as help and the hard thing as a need', async (typed, help, hard) => {
    chat = await atHelp(SHOP, SHOP_GOAL);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    const provision = draft.outcomes[0]!.provision.map((p) => p.text);
    expect(provision).toEqual([help]);
    expect(draft.needs.map((n) => n.text)).toContain(hard);
    expect(draft.outcomes[0]!.needIds).toContain(draft.needs.find((n) => n.text === hard)!.id);
  });

  it('"a laptop because writing is hard" is still one piece of help', async () => {
    chat = await atHelp(SHOP, SHOP_GOAL);
    await chat.say('a laptop because writing is hard');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a laptop because writing is hard']);
  });

  it.each([['the bus', 'help with the bus'], ['the train', 'help with the train']])('"%s" alone is kept as "%s"', async (typed, kept) => {
    chat = await atHelp(MATCH, MATCH_GOAL);
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual([kept]);
  });

  it('"someone to come with me on the bus" is kept as it was said', async () => {
    chat = await atHelp(MATCH, MATCH_GOAL);
    await chat.say('someone to come with me on the bus');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['someone to come with me on the bus']);
  });
});
