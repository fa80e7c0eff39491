import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A mum of a four-year-old answers the read-back of his outcome in long messages: thanks, sorries,
 * questions and complaints about the date or the measure. None of it may become the outcome's
 * sentence; only a sentence that says what Alfie will do does.
 */

const TALK: SeedHope = { text: 'my biggest dream is just for him to talk to me', theme: 'learning_and_work', needs: ['He has about 10 words and gets cross when he cannot say what he wants'] };
const ALFIE = { name: 'Alfie', age: 4, schoolYear: -1 };
const HIS_STEP = 'Alfie will ask for things he wants using words, signs or pictures';

async function toReadBack(chat: Transcript): Promise<void> {
  await chat.say(HIS_STEP);
  if (chat.step === Step.outcomeWhen) await chat.say('By the time he starts school would be amazing, so September');
  if (chat.step === Step.outcomeMeasure) await chat.say('If he could ask for things with a word or a sign or a picture, like drink or more or help, without me having to guess');
  if (chat.step === Step.outcomeDoesForMe) await chat.say("He'd be so much less frustrated");
  if (chat.step === Step.outcomeMakesPossible) await chat.say('Being in a mainstream class with his friends I hope');
  if (chat.step === Step.outcomeProvides) await chat.say('Speech therapy every week');
  expect(chat.step).toBe(Step.outcomeConfirm);
}

async function statement(chat: Transcript): Promise<string> {
  return (await chat.draft())!.outcomes[0]!.statement;
}

describe('talk at the read-back of an outcome, typed by a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a complaint with "Can it say: Alfie will ..." keeps only her sentence, and asks for the date she says is wrong', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    await chat.say(
      "That doesn't sound right, 'Alfie will what he'd be doing? I suppose' - that's me asking you a question! Can it say: Alfie will ask for things he wants using words, signs or pictures, like drink, more and help. And he starts school in September not July. And you didn't say what provision means?",
    );
    const words = await statement(chat);
    expect(words).toContain('like drink, more and help');
    expect(words).not.toMatch(/sound right|asking you|suppose|September not July|provision/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('September 2027');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toContain('like drink, more and help');
  });

  it('"Better thanks. But it says September then July 2027 in brackets ... Can the date just say September 2027" changes only the date', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    const before = await statement(chat);
    await chat.say('Better thanks. But it says September then July 2027 in brackets which is confusing? He starts in September 2027. Can the date just say September 2027');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).not.toMatch(/thanks|brackets|confusing/i);
    expect(outcome.statement).toContain('ask for things he wants using words, signs or pictures');
    expect(before).toContain('ask for things he wants');
    expect(outcome.timeframe?.date.slice(0, 7)).toBe('2027-09');
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).toContain('September 2027');
    expect(asked).not.toContain('July');
  });

  it('"It\'s still missed out Jo writing it down but ok, I\'ll go with that. Yes" is a yes, and the outcome keeps its words', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    const replies = await chat.say("It's still missed out Jo writing it down but ok, I'll go with that. Yes");
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toContain('ask for things he wants using words, signs or pictures');
    expect(outcome.statement).not.toMatch(/missed|go with that|yes/i);
    // What she asked for is not dropped in silence: she hears it can still change.
    expect(saidIn(replies)).toMatch(/change/i);
  });

  it('"Oh no ... I only wanted to change the how everyone will know bit. I\'m sorry ..." asks for the measure, and her measure is kept whole', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    const before = await statement(chat);
    await chat.say("Oh no now you've changed the wrong bit! I only wanted to change the how everyone will know bit. I'm sorry, I'm not very good with computers");
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await statement(chat)).toBe(before);
    await chat.say('Jo will write down how long he sits at story time in his book, and he will sit for 5 minutes on most days');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toContain('Jo will write down how long he sits');
    expect(outcome.statement).toBe(before);
  });

  it('"The first part should be \'Alfie will ...\'. I only wanted to change the how everyone will know bit" sets her sentence, then asks for the measure', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    await chat.say(
      "Oh no now you've changed the wrong bit! The first part should be 'Alfie will sit with the other children at carpet time for a story for 5 minutes'. I only wanted to change the how everyone will know bit. I'm sorry, I'm not very good with computers",
    );
    const words = await statement(chat);
    expect(words).toMatch(/Alfie will sit with the other children at carpet time for a story for 5 minutes\.?$/);
    expect(words).not.toMatch(/wanted|sorry|computers|'/i);
    expect(chat.lastQuestion?.activity.text).toMatch(/how everyone will know/i);
  });

  it.each(["That doesn't sound right", 'no that is not right'])('"%s" changes nothing and asks which part, with buttons; the button opens that part', async (typed) => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    const before = await statement(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await statement(chat)).toBe(before);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(false);
    expect(chat.lastQuestion?.choices).toHaveLength(3);
    await chat.say(chat.lastQuestion!.choices[2]!);
    expect(chat.lastQuestion?.activity.text).toMatch(/how everyone will know/i);
    expect(await statement(chat)).toBe(before);
  });

  it('at "which part?", typing "the date" asks by when, and the words stay', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    await chat.say("That doesn't sound right");
    await chat.say('the date');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(await statement(chat)).toContain('ask for things he wants');
  });

  it('"the brackets are confusing" asks for the date, and is never the outcome', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [TALK])));
    await toReadBack(chat);
    await chat.say('the brackets are confusing');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(await statement(chat)).not.toMatch(/brackets/i);
  });
});
