import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * At "do you feel safe?", a place that is scary only because it is loud, busy, bright or crowded is
 * the senses, not a safety worry: a kind word, kept with the hard things, no flag and no help lines.
 * The same words with a person who hurts them are still a disclosure.
 */
const atSafeQuestion = (): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, { name: 'Sam', age: '12' }, {
    [Step.aboutMeStrengths]: 'im good at drawing',
    [Step.aboutMeImportant]: 'my cat',
    [Step.aboutMeSupport]: 'give me time',
  });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('scared only of the noise, at "do you feel safe?"', () => {
  it.each([
    'mostly yes but the canteen is scary because it is loud',
    'yes but the hall is scary cos its so noisy',
    'yeah mostly, assembly is scary when its really crowded',
    'mostly yes, the dinner hall is loud and scary',
  ])('%j: a kind word about noise, kept as something hard, no flag and no help lines', async (typed) => {
    chat = await atSafeQuestion();
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK\?/);
    expect(replies).toMatch(/Loud, busy places can be really hard/);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' | ')).toMatch(/loud|noisy|crowded/);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it.each([
    'mostly yes but the canteen is scary because year 10s hit me there',
    'yes but the canteen is scary because people shout at me',
  ])('leave alone: %j still gets the safeguarding answer and a flag', async (typed) => {
    chat = await atSafeQuestion();
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('mostly safe, with a place that is a bit much, at "do you feel safe?"', () => {
  it.each(['yeah mostly, sometimes the corridors are a bit much when its busy', 'mostly yeah. school is a bit scary sometimes bc its so big'])(
    '%j: the gentle "is there a place or a time...?", no flag, and "yeah mostly" is no part of the need',
    async (typed) => {
      chat = await atSafeQuestion();
      const replies = saidIn(await chat.say(typed));
      expect(replies).toMatch(/Is there a place or a time when you don't feel safe\?/);
      expect(replies).not.toMatch(CRISIS);
      const draft = await chat.draft();
      expect(draft?.flags).toEqual([]);
      expect(draft?.needs.map((n) => n.text).join(' | ')).not.toMatch(/^(?:yeah|mostly)|\| (?:yeah|mostly)/i);
    },
  );

  it('then "like i said the corridors at change over time, the stairs in the science block are the worst. thats it really": the places are the answer, kept, never a hope', async () => {
    chat = await atSafeQuestion();
    await chat.say('yeah mostly, sometimes the corridors are a bit much when its busy');
    const replies = saidIn(await chat.say('like i said the corridors at change over time, the stairs in the science block are the worst. thats it really'));
    expect(replies).not.toMatch(/something you hope for/);
    expect(replies).toMatch(/Loud, busy places can be really hard/);
    expect(replies).not.toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' | ')).toMatch(/stairs in the science block/);
    expect(draft?.needs.map((n) => n.text).join(' | ')).not.toMatch(/like i said|thats it/);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it.each(['the corridors because the older boys push me', 'the stairs, someone pushed me down them', 'mostly yes. school is scary because its so big and the year 11s push me'])(
    'leave alone: %j still gets the safeguarding answer and a flag',
    async (typed) => {
      chat = await atSafeQuestion();
      if (!typed.startsWith('mostly')) await chat.say('yeah mostly, sometimes the corridors are a bit much when its busy');
      const replies = saidIn(await chat.say(typed));
      expect(replies).toMatch(CRISIS);
      expect((await chat.draft())?.flags).toHaveLength(1);
    },
  );
});
