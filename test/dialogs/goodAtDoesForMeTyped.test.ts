import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { doesForMeShown } from '../../src/language/feelingAnswer';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "What would it do for you?" answered "good": never read back as "I would feel good" (words they
 * did not say). The bot asks once what would be good about it; a second "good" is kept as said.
 */
const CAFE: SeedHope = { text: 'I want to work in a cafe', theme: 'learning_and_work', needs: [] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'my manager will tell my teacher',
};

async function atDoesForMe(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 17, schoolYear: 12, hopes: [CAFE] });
  await chat.say('I will serve 3 customers on my own at the cafe');
  for (let i = 0; i < 8 && chat.step !== Step.outcomeDoesForMe && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
  expect(chat.step).toBe(Step.outcomeDoesForMe);
  return chat;
}

describe('"good" as what it would do for them', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['good', 'it would be really good'])('"%s" is asked about once, and the answer to that is kept', async (typed) => {
    chat = await atDoesForMe();
    const asked = chat.lastQuestion?.activity.text;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect(chat.lastQuestion?.activity.text).not.toBe(asked);
    expect(chat.lastQuestion?.activity.text).toMatch(/good about it/);
    await chat.say('i could show my mum i can do it');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe('i could show my mum i can do it');
  });

  it('"good" twice is kept and shown as said, never as "I would feel good"', async () => {
    chat = await atDoesForMe();
    await chat.say('good');
    await chat.say('good');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.doesForMe).toBe('good');
    expect(doesForMeShown('good', draft.youngPerson)).toBe('good');
  });

  it('a feeling of its own ("proud") goes straight on', async () => {
    chat = await atDoesForMe();
    await chat.say('proud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });
});

/* A feeling spelt as it sounds ("hapy", "proude") is heard, kept, and the next question comes. */
describe('a feeling spelt as it sounds, at "what would it do for you?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['hapy', /happy/],
    ['make me hapy', /happy/],
    ['id feel proude', /proud/],
    ['more confedent', /confident/],
  ])('"%s" is kept and the next question comes', async (typed, feeling) => {
    chat = await atDoesForMe();
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const kept = (await chat.draft())!.outcomes[0]!.doesForMe ?? '';
    expect(kept === typed || feeling.test(kept)).toBe(true);
  });

  it('"hapy" is shown in the plan as "I would feel happy"', async () => {
    chat = await atDoesForMe();
    await chat.say('hapy');
    const draft = (await chat.draft())!;
    expect(doesForMeShown(draft.outcomes[0]!.doesForMe ?? '', draft.youngPerson)).toBe('I would feel happy');
  });

  it('a laugh ("haha") is still no answer', async () => {
    chat = await atDoesForMe();
    await chat.say('hahaha');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.doesForMe ?? null).toBeNull();
  });
});
