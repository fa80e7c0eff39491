import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

/** Types the way to "do you feel safe?", in a young person's own words. */
const atSafeQuestion = (person: Person = { name: 'Sam', age: '15' }): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, person, {
    [Step.aboutMeStrengths]: 'im good at lego and im funny',
    [Step.aboutMeImportant]: 'my cat and my headphones',
    [Step.aboutMeSupport]: 'tell me before things change',
  });

describe('noise and busyness on its own, at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"busy places are too loud": a kind word, kept as something hard, no crisis answer and no flag, and the chat moves on', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('busy places are too loud');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).not.toMatch(/Are you OK\?/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text).join(' ')).toMatch(/too loud/);
    expect(saidIn(replies)).toMatch(/Loud, busy places can be really hard/);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('"The bus is not always OK because it is loud but that is not the same as not safe": no crisis answer and no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('The bus is not always OK because it is loud but that is not the same as not safe');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"no, busy places are too loud": kept as something hard, then one soft check; "no" to it moves on with no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('no, busy places are too loud');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.lastQuestion?.activity.text).toMatch(/does anyone or anything make you feel unsafe/i);
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).toMatch(/too loud/);
    await chat.say('no its just the noise');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"not always, crowds and noise are too much" then "yes, sometimes on the bus": the soft check still leads to the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion();
    await chat.say('not always, crowds and noise are too much');
    const answer = await chat.say('yes sometimes on the bus');
    expect(saidIn(answer)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'other' })]);
  });

  it('a parent\'s "no, he finds busy places too loud": the child\'s senses, kept, and the soft check', async () => {
    chat = await atSafeQuestion({ who: 'A parent or carer', name: 'Leo', age: '13' });
    const replies = await chat.say('no, he finds busy places too loud');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/hard for Leo/);
    expect(chat.lastQuestion?.activity.text).toMatch(/make Leo feel unsafe/);
  });

  it('leave alone: "its too loud at home, dad drinks and gets angry" is not taken as the senses', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('its too loud at home, dad drinks and gets angry');
    expect(saidIn(replies)).not.toMatch(/busy places can be/);
  });

  it('"the canteen is too noisy and it hurts my ears": a sensory need, not harm', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('the canteen is too noisy and it hurts my ears');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: "not always, people shout at me" gets the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('not always, people shout at me');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "busy places are scary, people push me" gets the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('busy places are scary, people push me');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "no, its too loud at home when dad is shouting" gets the safeguarding answer and a flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('no, its too loud at home when dad is shouting');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it.each(['no the lights are too bright and i get battered', 'not always, its noisy at home and i get locked in my room'])(
    'harm beside the senses: %j gets the safeguarding answer and a harm flag',
    async (typed) => {
      chat = await atSafeQuestion();
      const replies = await chat.say(typed);
      expect(saidIn(replies)).toMatch(CRISIS);
      expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'harm_from_others', step: Step.aboutMeSafe })]);
    },
  );
});
