import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const COOK: SeedHope = { text: 'I want to cook my own tea', theme: 'independent_living', needs: ['I cant use the oven safely'] };

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

/** Everything the person could have typed into the draft, as one string. */
async function drafted(chat: Transcript): Promise<string> {
  const draft = await chat.draft();
  return JSON.stringify([draft?.aspirations, draft?.needs, draft?.outcomes, draft?.aboutMe]);
}

describe('talk about the question is never an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [at, question] of [
    ['the dream', 'what do you mean by a dream?'],
    ['the dream', 'wdym'],
  ] as const) {
    it(`at ${at}, "${question}" is explained and the same question asked again`, async () => {
      chat = await throughWelcome();
      await throughAboutMe(chat);
      const replies = await chat.say(question);
      expect(chat.step).toBe(Step.hopesDream);
      expect(texts(replies)).toMatch(/hope or dream is something/);
      expect((await chat.draft())?.aspirations).toEqual([]);
    });
  }

  it('at the outcome step, "what do you mean by a step?" is explained and the step asked again, nothing stored', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK] });
    chat = c;
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say('what do you mean by a step?');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(texts(replies)).toMatch(/next year or two/);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });

  for (const complaint of ['wat thats not a hope lol', 'i told u that', 'you already asked me that', 'thats not what i said', 'already told you that']) {
    it(`"${complaint}" is heard with a sorry, nothing is kept, and the question stays open`, async () => {
      chat = await throughWelcome();
      await throughAboutMe(chat);
      await chat.say('i want to be a mechanic');
      expect(chat.step).toBe(Step.hopesMore);
      const replies = await chat.say(complaint);
      expect(chat.step).toBe(Step.hopesMore);
      expect(texts(replies)).toMatch(/Sorry/);
      expect(await drafted(chat)).not.toContain(complaint);
      expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a mechanic']);
    });
  }

  it('a complaint at a theme question (with its "Nothing for now" button) is not kept as a hope', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('i want to be a mechanic');
    await chat.say('nah');
    expect(chat.step).toBe(Step.hopesTheme);
    const topic = chat.lastQuestion?.topic;
    const replies = await chat.say('wat thats not a hope lol');
    expect(texts(replies)).toMatch(/Sorry/);
    expect(chat.step).toBe(Step.hopesTheme);
    expect(chat.lastQuestion?.topic).toBe(topic);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a mechanic']);
  });

  it('a complaint at the needs question is not kept as a need', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [{ ...COOK, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
    chat = c;
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('i told u that already');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  for (const said of [
    'i said ear defenders already',
    'i just said. get a job',
    'it is the same thing',
    'idk i already said idk',
    'Well I already said a few in that message... Did you get those as well?',
    "I think I've already answered this one",
    'no. but you didnt ask about the vet one properly',
    'wait no the vet one IS hard. i said no to another hope',
  ]) {
    it(`at the needs question, "${said}" is talk about the chat: heard, not kept as a need`, async () => {
      const { chat: c } = await startWith({ today: '2025-03-10', name: 'Jay', age: 12, schoolYear: 7, hopes: [{ ...COOK, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
      chat = c;
      const replies = await chat.say(said);
      expect(texts(replies)).toMatch(/Sorry/);
      expect(chat.step).toBe(Step.needsBarrier);
      expect((await chat.draft())?.needs).toEqual([]);
    });
  }

  for (const asked of ["Sorry, I'm confused. What already helps with what?", 'Not for the talking, no... are we going to talk about those?']) {
    it(`"${asked}" is a question about the chat: explained, the same question asked again, nothing kept`, async () => {
      const { chat: c } = await startWith({ today: '2025-03-10', name: 'Jay', age: 12, schoolYear: 7, hopes: [{ ...COOK, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
      chat = c;
      await chat.say(asked);
      expect(chat.step).toBe(Step.needsBarrier);
      expect(await drafted(chat)).not.toMatch(/confused|talk about those/);
    });
  }

  it('"its not a dream. i want it now" at the dream question is heard, not kept as a hope', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    const replies = await chat.say('its not a dream. i want it now');
    expect(texts(replies)).toMatch(/Sorry/);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  for (const correction of ['thats not what i meant', 'wait no thats wrong']) {
    it(`"${correction}" after a need was kept takes it out, says so, and asks that question again`, async () => {
      const { chat: c } = await startWith({ today: '2025-03-10', name: 'Jay', age: 12, schoolYear: 7, hopes: [{ ...COOK, needs: [] }], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
      chat = c;
      await chat.say('my little brother');
      expect(chat.step).toBe(Step.needsHelps);
      expect((await chat.draft())?.needs).toHaveLength(1);
      const replies = await chat.say(correction);
      expect(texts(replies)).toMatch(/taken out/);
      expect(chat.step).toBe(Step.needsBarrier);
      expect((await chat.draft())?.needs).toEqual([]);
      await chat.say('the oven is scary');
      expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['the oven is scary']);
    });
  }

  it('an answer that only mentions what was said stays an answer', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('i told my mum i want to be a hairdresser');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i told my mum i want to be a hairdresser']);
  });
});

describe('two hopes in one message', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i want to be a chef and live with my mate" is kept as two hopes, each read back', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    const replies = await chat.say('i want to be a chef and live with my mate');
    const hopes = (await chat.draft())?.aspirations ?? [];
    expect(hopes.map((a) => a.text)).toEqual(['i want to be a chef', 'live with my mate']);
    expect(hopes[1]?.theme).toBe('independent_living');
    expect(texts(replies)).toContain('"live with my mate"');
  });

  it('a parent\'s "she would love to swim and have a sleepover at her friends" is two hopes for the child', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Maisie', age: 'Year 1' });
    await throughAboutMe(chat);
    await chat.say('she would love to go swimming and have a sleepover at her friends house');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['she would love to go swimming', 'have a sleepover at her friends house']);
  });

  it('one hope with "and" in it stays one ("go to college and get a job")', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('go to college and get a job');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['go to college and get a job']);
  });

  it('a hope given again is not kept twice', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('I want to be a mechanic');
    await chat.say('yes, to be a mechanic');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to be a mechanic']);
  });
});

describe('what makes life hard, said as a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"she is scared of water" asks what she would love to do, then keeps it as a need of that hope', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Amira', age: 'Year 1' });
    await throughAboutMe(chat);
    const replies = await chat.say('she is scared of water');
    expect(chat.step).toBe(Step.hopesDream);
    expect(texts(replies) + (chat.lastQuestion?.activity.text ?? '')).toContain('Amira love to do');
    expect((await chat.draft())?.aspirations).toEqual([]);
    await chat.say('go swimming with her cousins');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['go swimming with her cousins']);
    expect(draft.needs.map((n) => [n.text, n.aspirationIds])).toEqual([['she is scared of water', [draft.aspirations[0]!.id]]]);
  });

  it('"i cant wait to go to college" is a hope', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    await chat.say('i cant wait to go to college');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i cant wait to go to college']);
  });
});
