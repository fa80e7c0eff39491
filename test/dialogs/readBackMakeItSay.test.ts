import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "no just make it say i will get the bus on my own" at the read-back of an outcome: the new words
 * replace the step, with the date kept. It is never a new outcome, and never only a no.
 */
const BUS: SeedHope = { text: 'I want to travel on my own', theme: 'independent_living', needs: ['I get lost on buses'] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'my mum will check',
  [Step.outcomeDoesForMe]: 'i would feel grown up',
  [Step.outcomeMakesPossible]: 'i could see my mates',
  [Step.outcomeProvides]: 'travel training',
};

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Mason', age: 19, schoolYear: 14, hopes: [BUS] });
  await chat.say('I will get the bus to college with my mum');
  for (let i = 0; i < 8 && chat.step !== Step.outcomeConfirm && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

describe('"make it say ..." at the outcome read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of [
    'no just make it say i will get the bus on my own',
    'nah change it to i will get the bus on my own',
    'just put i will get the bus on my own',
    'no make it i will get the bus on my own lol',
  ]) {
    it(`"${said}" rewords the step and keeps the date`, async () => {
      chat = await atReadBack();
      const before = (await chat.draft())!.outcomes[0]!;
      await chat.say(said);
      const outcomes = (await chat.draft())!.outcomes;
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]!.statement).toMatch(/\bI will get the bus on my own\.?$/);
      expect(outcomes[0]!.statement).not.toMatch(/make it|change it|just put|lol|with my mum/i);
      expect(JSON.stringify(outcomes[0]!.timeframe ?? null)).toBe(JSON.stringify(before.timeframe ?? null));
    });
  }

  it('"no" alone changes nothing and keeps the step unagreed', async () => {
    chat = await atReadBack();
    await chat.say('no');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/with my mum/);
    expect(outcomes[0]!.confirmed).toBe(false);
  });
});
