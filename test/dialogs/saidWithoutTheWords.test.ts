import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/*
 * Wanting to be gone told as having no time ahead or as quietly getting ready to go, typed as the
 * answer to the dream question or to "what makes it hard?", is met with help or "Are you OK?" and
 * is never kept as a hope or a need; the same words about a move, a lie-in or a river trip are not
 * interrupted. Bullying passed off as a joke, typed at "what makes it hard?", is heard the same way.
 */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

/** The bot answered with help or asked "Are you OK?" first. */
const reached = (text: string) => text.includes(standard('safeguarding:childline')) || text.includes(standard('safeguarding:gentle.question'));

/** The bot answered that nobody should be treated like that (the answer to bullying). */
const heardBullying = (text: string) => [standard('safeguarding:bullying.heard'), standard('safeguarding:bullying.heardOther')].some((words) => text.includes(words));

const TO_NEEDS = {
  [Step.hopesDream]: 'live in my own flat',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['nothing for now', 'nothing for now', 'nothing for now', 'nothing for now', 'nothing for now', 'nothing for now'],
};

describe('no time ahead, typed at the dream question', () => {
  it.each([
    'where do i want to be in a year? nowhere. i want to be nowhere',
    'my key worker says think about where i want to be in a year. nowhere. i want to be nowhere',
    'my dream is go sleep and stay sleep',
    'My goal for the next 5 years? Getting through the next 5 days would be a stretch tbh',
    'been thinking about the river a lot lately. not in a nice walk kind of way',
  ])('%j is heard, not kept as a hope', async (text) => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '16' });
    const replies = await chat.say(text);
    expect(reached(said(replies))).toBe(true);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each(['i want to be nowhere near school, i want to work with animals', 'been thinking about the river trip a lot, i want to be a park ranger'])(
    '%j is not interrupted',
    async (text) => {
      chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '16' });
      const replies = await chat.say(text);
      expect(reached(said(replies))).toBe(false);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
    },
  );
});

describe('help turned down because one will not stay, typed at "what makes it hard?"', () => {
  it.each(['what i need help wiv is nothing, i am not staying long', 'i dont need any help, i wont be here'])('%j is heard, not kept as a need', async (text) => {
    chat = await typedTo(Step.needsBarrier, { name: 'Sam', age: '17' }, TO_NEEDS);
    const replies = await chat.say(text);
    expect(reached(said(replies))).toBe(true);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"i dont need help with cooking, i wont be staying at the flat after summer, im moving to my nans" is not interrupted', async () => {
    chat = await typedTo(Step.needsBarrier, { name: 'Sam', age: '17' }, TO_NEEDS);
    const replies = await chat.say('i dont need help with cooking, i wont be staying at the flat after summer, im moving to my nans');
    expect(reached(said(replies))).toBe(false);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('bullying told as a joke, typed at "what makes it hard?"', () => {
  it.each(['idk what i need help with. maybe people spitting in my bag', "the lads on my apprenticeship keep locking me in the storeroom as a 'joke'"])(
    '%j is heard, not kept as a need',
    async (text) => {
      chat = await typedTo(Step.needsBarrier, { name: 'Sam', age: '17' }, TO_NEEDS);
      const replies = await chat.say(text);
      expect(heardBullying(said(replies))).toBe(true);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.needs).toEqual([]);
    },
  );

  it('"my mates say its just banter and we all laugh, its the work that is hard" is not interrupted', async () => {
    chat = await typedTo(Step.needsBarrier, { name: 'Sam', age: '17' }, TO_NEEDS);
    const replies = await chat.say('my mates say its just banter and we all laugh, its the work that is hard');
    expect(heardBullying(said(replies)) || reached(said(replies))).toBe(false);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
