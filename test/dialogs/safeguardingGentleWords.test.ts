import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/*
 * What people noticed when they typed whole journeys around the safeguarding words: "Are you OK?"
 * heard as "anything else?", "mostly" heard as "not always", a parent told to "tell an adult you
 * trust", online bullying answered as if things were taken, and a worry the plan could carry.
 */

const standard = createWords().forMode('standard');
const easy = createWords().forMode('easy_read');
const CRISIS = /Childline|0800 1111|Shout|85258|Samaritans|999/;
/** Despair said plainly, as a needs answer: a gentle check whatever the classifier says. */
const HARD_BARRIER = 'the canteen. its so loud and everyone stares at me, everything is too much and i cant cope';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

/** A 17-year-old at "What makes this hard for you?" for her hope of art college. */
async function atBarrier(): Promise<Transcript> {
  const started = await startWith({
    today: '2025-03-10',
    name: 'Jess',
    age: 17,
    schoolYear: 12,
    hopes: [{ text: 'I want to go to college to do art', theme: 'learning_and_work', needs: [] }],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
  });
  chat = started.chat;
  return chat;
}

describe('a gentle check answered as if it were the plan question', () => {
  it('says plainly that it asks about them, not the plan', async () => {
    const chat = await atBarrier();
    const check = await chat.say(HARD_BARRIER);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(said(check)).toContain(standard('safeguarding:gentle.question'));
    expect(said(check)).toMatch(/not about the plan/);
  });

  it.each(['no thats it', "that's all", 'nope nothing else thanks'])('%j is no "not OK": asked once more plainly, with choices that say so; then "im fine" keeps the answer and no flag', async (reply) => {
    const chat = await atBarrier();
    await chat.say(HARD_BARRIER);
    const again = await chat.say(reply);
    expect(said(again)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:gentle.again'));
    expect(chat.lastQuestion?.choices).toEqual(["Yes, I'm OK", "No, I'm not OK"]);
    expect((await chat.draft())?.flags).toEqual([]);
    const fine = await chat.say('yeah im fine');
    expect(said(fine)).not.toMatch(CRISIS);
    // Her answer is kept where she gave it, and the journey goes on from there.
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text)).toEqual([HARD_BARRIER]);
    expect(JSON.stringify(draft)).not.toMatch(/thats it|that's all|nothing else/);
  });

  it('said twice, moves on kindly with no crisis words and no flag, keeping the answer', async () => {
    const chat = await atBarrier();
    await chat.say(HARD_BARRIER);
    await chat.say('no thats everything');
    const moved = await chat.say('nothing else');
    expect(said(moved)).toContain(standard('safeguarding:gentle.moveOn'));
    expect(said(moved)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.flags).toEqual([]);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual([HARD_BARRIER]);
  });

  it('asked plainly, "no im not really ok" still gets the help and a flag', async () => {
    const chat = await atBarrier();
    await chat.say(HARD_BARRIER);
    await chat.say('thats it');
    const help = await chat.say('no im not really ok');
    expect(said(help)).toMatch(/0800 1111/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('"Do you feel safe at home, at school and online?" answered "mostly"', () => {
  async function atSafe(person: { who?: 'A parent or carer'; name?: string; age?: string } = {}): Promise<Transcript> {
    chat = await throughWelcome({ name: person.name ?? 'Jess', age: person.age ?? 'Year 12', ...(person.who ? { who: person.who } : {}) });
    await chat.say('I am good at art');
    await chat.say('my friends');
    await chat.say('let me sit near the door');
    expect(chat.step).toBe(Step.aboutMeSafe);
    return chat;
  }

  it.each(['yeh mostly', 'mostly yes', 'yeah most of the time', 'usually yeah'])('%j gets one soft question; "no im ok" then is a yes with a light, kind word: no help lines, no flag', async (typed) => {
    const chat = await atSafe();
    const asked = await chat.say(typed);
    expect(said(asked)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.aboutMeSafe);
    const replies = await chat.say('no im ok');
    expect(said(replies)).toContain(standard('aboutMe:safe.mostly'));
    expect(said(replies)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"mostly, but not online" is still "not always"', async () => {
    const chat = await atSafe();
    const replies = await chat.say('mostly, but not online');
    expect(said(replies)).toMatch(/999/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('"mostly, except when my brother hits me" is a disclosure, as before', async () => {
    const chat = await atSafe();
    const replies = await chat.say('mostly except when my brother hits me');
    const told = chat.lastQuestion?.activity.text === standard('safeguarding:gentle.question') ? [...replies, ...(await chat.say('not really'))] : replies;
    expect(said(told)).toMatch(/0800 1111/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('a parent of a teenager who would rather not say hears adults\' words, not "a trusted adult"', async () => {
    const chat = await atSafe({ who: 'A parent or carer', name: 'Leo', age: 'Year 9' });
    const replies = await chat.say('id rather not say');
    expect(said(replies)).toContain(standard('aboutMe:safe.ratherNotSayThanksChild', { name: 'Leo' }));
    expect(said(replies)).not.toMatch(/trusted adult|adult you trust|Childline/);
  });
});

describe('a parent or carer of a young child at a gentle check', () => {
  async function parentOfToddler(mode: 'Standard words' | 'Easy read' = 'Standard words'): Promise<Transcript> {
    chat = await throughWelcome({ mode, who: 'A parent or carer', name: 'Leo', age: '3' });
    await chat.say('he has a lovely smile');
    const check = await chat.say('honestly i cant cope, everything is too much at bedtime');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(said(check)).not.toMatch(/Childline/);
    return chat;
  }

  it('"we are fine" is thanked and the plan carries on: no help lines pushed, never "tell an adult you trust"', async () => {
    const chat = await parentOfToddler();
    const fine = await chat.say('yes we are fine thanks');
    const text = said(fine);
    expect(text).toContain(standard('safeguarding:gentle.parent.glad'));
    expect(text).not.toMatch(/NSPCC|0808|999|safeguarding lead/);
    expect(text).not.toMatch(/adult you trust|trusted adult|Childline/);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('two replies it cannot read move on in adults\' words too', async () => {
    const chat = await parentOfToddler();
    await chat.say('hmm');
    const moved = await chat.say('its about his sleep');
    expect(said(moved)).not.toMatch(/adult you trust|trusted adult|Childline/);
  });

  it('asking for a real person gets adults\' words too: the safeguarding lead, never "an adult you trust"', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: '3' });
    const replies = await chat.say('can i speak to an actual person please');
    expect(said(replies)).toContain(standard('commands:person.keyWorkerParent'));
    expect(said(replies)).not.toMatch(/adult you trust|Childline/);
  });

  it('in easy read, the words for adults are easy-read words', async () => {
    const chat = await parentOfToddler('Easy read');
    const fine = await chat.say('we are ok');
    expect(said(fine)).toContain(easy('safeguarding:gentle.parent.glad'));
    expect(said(fine)).not.toMatch(/adult you trust|Childline/);
  });
});

describe('bullying: the answer fits what was said', () => {
  async function told(words: string): Promise<string> {
    chat = await throughWelcome({ name: 'Mo', age: 'Year 9' });
    const replies = await chat.say(words);
    const all = chat.lastQuestion?.activity.text === standard('safeguarding:gentle.question') ? [...replies, ...(await chat.say('not really'))] : replies;
    return said(all);
  }

  it.each(['people keep posting stuff about me in the year group chat', 'they send me horrible messages on snapchat every night'])('online (%j): screenshot, block and report, and a trusted adult; nothing about things taken', async (words) => {
    const text = await told(words);
    expect(text).toContain(standard('safeguarding:bullying.online'));
    expect(text).toContain(standard('safeguarding:bullying.heardOnline'));
    expect(text).toContain(standard('safeguarding:bullying.tellAdult'));
    expect(text).not.toMatch(/take your things/);
  });

  it('in person ("older boys keep taking my money"): as before, with no word about apps', async () => {
    const text = await told('older boys keep taking my money and pushing me');
    expect(text).toContain(standard('safeguarding:bullying.heard'));
    expect(text).not.toContain(standard('safeguarding:bullying.online'));
  });
});

describe('after a disclosure, the plan can carry the worry', () => {
  async function bulliedOnline(): Promise<Transcript> {
    chat = await throughWelcome({ name: 'Mo', age: 'Year 9' });
    await chat.say('they keep posting nasty stuff about me online');
    if (chat.lastQuestion?.activity.text === standard('safeguarding:gentle.question')) await chat.say('not really');
    await chat.say('ye im safe');
    return chat;
  }

  it('offers, never forces, a need about feeling safe there; a yes puts it in the plan in their voice and carries on', async () => {
    const chat = await bulliedOnline();
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.online'));
    const yes = await chat.say('yeah ok');
    expect(said(yes)).toContain('I need to feel safe online');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['I need to feel safe online']);
  });

  it('a no is respected: nothing added, and the way back to the plan', async () => {
    const chat = await bulliedOnline();
    const no = await chat.say('nah i dont want that in it');
    expect(said(no)).toContain(standard('safeguarding:safeNeed.declined'));
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('a late "yes im safe" is no choice about the plan: asked again, nothing added', async () => {
    const chat = await bulliedOnline();
    await chat.say('yes i am safe');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.online'));
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"carry on" at the offer is a no, and goes straight back to the question it interrupted', async () => {
    const chat = await bulliedOnline();
    await chat.say('can we just carry on');
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('is not offered when the worry named no place', async () => {
    chat = await throughWelcome({ name: 'Mo', age: 'Year 9' });
    await chat.say('my stepdad hits me when he drinks');
    await chat.say('yes im safe');
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:carryOn.question'));
  });
});
