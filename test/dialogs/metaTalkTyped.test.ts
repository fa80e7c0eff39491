import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome, TODAY } from './throughWelcome';

/*
 * A teenager typing fast: asking why, complaining, taking back what was just kept, correcting an
 * earlier answer. None of it is ever kept as a hope, need, outcome or help.
 */

const COOK: SeedHope = { text: 'I want to cook my own tea', theme: 'independent_living', needs: [] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

async function drafted(chat: Transcript): Promise<string> {
  const draft = await chat.draft();
  return JSON.stringify([draft?.aspirations, draft?.needs, draft?.outcomes, draft?.aboutMe]);
}

describe('meta-talk typed at open questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"y do u wanna know" at the dream gets a kind reason, and the dream is asked again', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    const replies = await chat.say('y do u wanna know lol');
    expect(texts(replies)).toMatch(/help your plan fit you/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('"this is so boring" at about me is a complaint: a sorry, nothing kept, the question asked again', async () => {
    chat = await throughWelcome();
    const replies = await chat.say('this is so boring');
    expect(texts(replies)).toMatch(/Sorry/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect(await drafted(chat)).not.toMatch(/boring/);
  });

  it('"hold on i didnt mean that as a dream" right after a hope was kept takes that hope out, and says which', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('what even is this for');
    await chat.say('work in a bike shop');
    expect(chat.step).toBe(Step.hopesMore);
    const replies = await chat.say('hold on i didnt mean that as a dream lol');
    expect(texts(replies)).toMatch(/taken out "work in a bike shop"/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('"ugh this is taking ages. nope" is a sorry, and the "nope" answers the question', async () => {
    const { chat: c } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [{ ...COOK, needs: ['the oven scares me'] }], at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }) });
    chat = c;
    const replies = await chat.say('ugh this is taking ages. nope');
    expect(texts(replies)).toMatch(/Sorry/);
    expect(chat.step).not.toBe(Step.needsMore);
    expect(await drafted(chat)).not.toMatch(/taking ages|nope/);
  });

  it('a correction after the next question replaces the answer it corrects, not the open one', async () => {
    const { chat: c } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
    chat = c;
    await chat.say('the buses are always late');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('oops i got that wrong haha. for cooking its reading the recipe');
    expect(texts(replies)).toMatch(/changed "the buses are always late" to "for cooking its reading the recipe"/);
    expect(chat.step).toBe(Step.needsHelps);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['for cooking its reading the recipe']);
    expect(needs[0]!.helps ?? []).toEqual([]);
  });

  it('"nothing. they said id get a cooking class but it never happened" is kept with a reply that fits', async () => {
    const { chat: c } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [COOK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
    chat = c;
    await chat.say('i cant read recipes');
    const replies = await chat.say('nothing. they said id get a cooking class but it never happened');
    expect(texts(replies)).toMatch(/hasn't worked or hasn't happened/);
    expect(texts(replies)).not.toMatch(/good to know what works/);
  });

  it('at the outcome questions, "did u not just ask me that" is heard, and "delete it" takes out the answer just kept', async () => {
    const { chat: c } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [{ ...COOK, needs: ['i cant read recipes'] }] });
    chat = c;
    await chat.say('ok one more. cook pasta on my own by the end of year 11 and my mum will know cos she wont have to help');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('id feel proud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const heard = await chat.say('did u not just ask me that');
    expect(texts(heard)).toMatch(/Sorry/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('have my mates round for tea');
    expect(chat.step).toBe(Step.outcomeProvides);
    const removed = await chat.say('no not that. delete it');
    expect(texts(removed)).toMatch(/taken out "have my mates round for tea"/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible ?? null).toBeNull();
    expect(outcome.statement).not.toMatch(/one more|\bok\b/i);
    expect(await drafted(chat)).not.toMatch(/did u not just ask/);
  });

  it('a whole "i will ..." typed at the read-back is the new wording, kept to its last word', async () => {
    const { chat: c } = await startWith({ today: TODAY, name: 'Jo', age: 15, schoolYear: 10, hopes: [{ ...COOK, needs: ['i cant read recipes'] }] });
    chat = c;
    await chat.say('cook pasta on my own by the end of year 11 and my mum will know cos she wont have to help');
    await chat.say('id feel proud');
    await chat.say('have my mates round');
    await chat.say('nothing');
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('i will cook pasta from a picture recipe by the end of year 11 instead of having ready meals');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toMatch(/I will cook pasta from a picture recipe instead of having ready meals/);
  });

  it('"me. my mum made me do this lol" at who is chatting is the young person', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('Standard words');
    await chat.say("Yes, that's OK");
    await chat.say('me. my mum made me do this lol');
    expect((await chat.draft())?.youngPerson.who).toBe('self');
  });
});

describe('removing a chosen item at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"nope. delete it" about a chosen item takes it out after a yes, and never becomes its words', async () => {
    const { chat: c } = await startWith({
      today: TODAY,
      name: 'Jo',
      age: 15,
      schoolYear: 10,
      hopes: [COOK, { text: 'why do you need to know', theme: null, needs: [] }],
      at: () => ({ stage: 'review', step: Step.reviewSummary }),
    });
    chat = c;
    await chat.say('change something');
    await chat.say('2');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('nope. delete it');
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    await chat.say('yeah');
    const texts = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(texts).toEqual(['I want to cook my own tea']);
  });
});
