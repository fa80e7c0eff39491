import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * "ur not gonna tell anyone are u?" got "I cannot say what will happen", and "who is the safe
 * adult" got "Only you see them", or was kept as a hope. Before any note: the honest answer the
 * welcome gives (the bot cannot keep a worry secret, a note is kept for the staff who keep young
 * people safe, the key worker sees it only if the plan is shared, the bot itself calls no one),
 * never kept, and the question asked again. After a note, at "Are you safe now?", "who is the
 * safe adult" is answered and the check stays open: "safe" in it is no "yes".
 */

const EASY_15 = { mode: 'Easy read', age: '15' } as const;

describe('asked about being told on, before anything was noted', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ur not gonna tell anyone are u?', 'you wont tell anyone right?', 'are you going to tell my mum?'])('%j gets the honest answer, never kept', async (typed) => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'noLead' });
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/cannot keep a worry secret/);
    expect(said).toMatch(/safe adult at this service/);
    expect(said).toMatch(/key worker sees the note only if you share your plan/);
    expect(said).toMatch(/do not phone or message anyone myself/);
    expect(said).not.toMatch(/cannot say what will happen/);
    expect(chat.step).toBe(Step.hopesDream);
    const draft = await chat.draft();
    expect(draft?.aspirations).toEqual([]);
    expect(draft?.flags).toEqual([]);
  });

  it.each(['who is the safe adult', 'whos the safe adult?'])('%j says who the safe adult is, with a lead', async (typed) => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'lead' });
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/safe adult works at your school or service/);
    expect(said).toMatch(/keep young people safe/);
    expect(said).not.toMatch(/Only you see them/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each(['who is the safe adult', 'whats a safeguarding lead'])('%j gets the one general answer, with no lead', async (typed) => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'noLead' });
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/keep young people safe/);
    expect(said).toMatch(/only if you tell me a worry/);
    expect(said).not.toMatch(/Only you see them/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('with a lead, "whats a safeguarding lead" gets the same answer as "who is the safe adult"', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'lead' });
    expect(saidIn(await chat.say('whats a safeguarding lead'))).toMatch(/safe adult works at your school or service/);
  });

  it('a hope that only mentions telling is still a hope', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'noLead' });
    const said = saidIn(await chat.say('tell stories on youtube'));
    expect(said).not.toMatch(/secret|safe adult/);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['tell stories on youtube']);
  });
});

describe('asked after a note', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at "Are you safe now?", "who is the safe adult" is answered and the check stays open', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'lead' });
    expect(saidIn(await chat.say('my dad hits me'))).toMatch(CRISIS);
    const said = saidIn(await chat.say('who is the safe adult'));
    expect(said).toMatch(/safe adult works at your school or service/);
    expect(said).not.toMatch(/glad you are safe/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(saidIn(await chat.say('yes im safe'))).toMatch(/glad you are safe/);
  });

  it('"ur not gonna tell anyone are u?" says the bot cannot keep it secret and calls no one', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15, {}, { safeguarding: 'noLead' });
    await chat.say('my dad hits me');
    const said = saidIn(await chat.say('ur not gonna tell anyone are u?'));
    expect(said).toMatch(/cannot promise to keep it a secret/);
    expect(said).toMatch(/do not phone or message anyone myself/);
  });
});
