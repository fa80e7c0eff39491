import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A grandad who writes polite full sentences, apologises and asks what things mean. His remarks and
 * questions to the bot are answered kindly, never kept as strengths, hard things, help or hopes, and
 * the question is asked again.
 */

const LILY = { who: 'A parent or carer', name: 'Lily', age: '7' } as const;
const TO_NEEDS = typedToNeedsFor('Lily wants to join Brownies');
const TO_HELPS = { ...TO_NEEDS, [Step.needsBarrier]: 'She gets very tired walking and the hall has steps' };

describe('remarks and questions to the bot, from a carer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Im sorry I dont know what you mean. I dont have a code.', 'Sorry, I do not understand the question.', 'I dont have a code'])(
    '%j at the strengths question: nothing kept, a kind answer, and the question again',
    async (typed) => {
      chat = await typedTo(Step.aboutMeStrengths, LILY);
      const replies = await chat.say(typed);
      expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
      expect(chat.step).toBe(Step.aboutMeStrengths);
      expect(saidIn(replies)).not.toMatch(/I'm kind|lovely to hear/);
    },
  );

  it.each([
    'Can I add some more hopes first? She also wants to learn to swim.',
    'Sorry, did you get those extra hopes I told you about?',
    'Before we do this bit, I tried to tell you two more hopes and I do not think you got them.',
  ])('%j at "what makes it hard?": how to add hopes is said, nothing kept, the question again', async (typed) => {
    chat = await typedTo(Step.needsBarrier, LILY, TO_NEEDS);
    const replies = await chat.say(typed);
    const draft = await chat.draft();
    expect(draft?.needs).toEqual([]);
    expect(draft?.aspirations).toHaveLength(1);
    expect(saidIn(replies)).toMatch(/add a hope/);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('leave alone: a hard thing said plainly is kept', async () => {
    chat = await typedTo(Step.needsBarrier, LILY, TO_NEEDS);
    await chat.say('She gets very tired walking and the hall has steps');
    expect((await chat.draft())?.needs).toHaveLength(1);
  });

  it('"what helps ... do you mean at school or at home too?" is answered: both; not "Are you OK?", nothing kept', async () => {
    chat = await typedTo(Step.needsHelps, LILY, TO_HELPS);
    const replies = await chat.say('What does it mean when you say what helps, do you mean at school or at home too?');
    expect(saidIn(replies)).not.toMatch(/Are you OK/);
    expect(saidIn(replies)).toMatch(/home/);
    expect(chat.step).toBe(Step.needsHelps);
    const helps = JSON.stringify((await chat.draft())?.needs);
    expect(helps).not.toMatch(/do you mean/);
  });

  it('"the page is in a right muddle... not very good with computers" at "what helps?" is not kept as help', async () => {
    chat = await typedTo(Step.needsHelps, LILY, TO_HELPS);
    await chat.say('I have looked at the page again and it is in a right muddle. I am not very good with computers');
    expect(JSON.stringify((await chat.draft())?.needs)).not.toMatch(/muddle|computers/);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('leave alone: "getting ready in the morning is a right muddle" at "what makes it hard?" is kept', async () => {
    chat = await typedTo(Step.needsBarrier, LILY, TO_NEEDS);
    await chat.say('getting ready in the morning is a right muddle for her');
    expect((await chat.draft())?.needs).toHaveLength(1);
  });
});
