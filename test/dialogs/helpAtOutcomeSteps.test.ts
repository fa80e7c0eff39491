import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COOK: SeedHope = { text: 'I want to cook my own tea', theme: 'independent_living', needs: ['I cant use the oven safely'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

/** Each outcome question, the answer that moves past it, and words only its own explanation uses. */
const STEPS = [
  { step: Step.outcomeStep, answer: 'cook my own tea on my own in a year', own: /step you could reach|small thing to learn|one (?:small )?thing Maisie will/ },
  { step: Step.outcomeMeasure, answer: 'my mum sees me do it every Saturday', own: /know you've done it|see it's done/ },
  { step: Step.outcomeDoesForMe, answer: 'I would feel proud', own: /Why does it matter/ },
  { step: Step.outcomeMakesPossible, answer: 'I could cook for my friends', own: /do next because of it|happen next (?:for Maisie )?because of it/ },
  { step: Step.outcomeProvides, answer: 'cooking lessons at school', own: /help would (?:you|Maisie) need|help would be needed/ },
] as const;

describe('a question about a word at an outcome question gets that question\'s own explanation', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const people = [
    { who: 'self', name: 'Jay', age: 15, schoolYear: 10 },
    { who: 'parent_carer', name: 'Maisie', age: 7, schoolYear: 2 },
  ] as const;
  for (const person of people) for (const asked of ['whats a measure?', 'what does measure mean', 'what do you mean?']) {
    it(`"${asked}" at each outcome question (${person.who}, age ${person.age}) explains that question`, async () => {
      const { chat: c } = await startWith({ today: '2025-03-10', ...person, hopes: [COOK] });
      chat = c;
      for (const { step, answer, own } of STEPS) {
        if (chat.step === Step.outcomeWhen) await chat.say('by the end of year 11');
        expect(chat.step).toBe(step);
        const replies = await chat.say(asked);
        expect(chat.step, `after "${asked}"`).toBe(step);
        const said = texts(replies);
        expect(said, `at ${step}`).toMatch(own);
        for (const other of STEPS.filter((s) => s.step !== step)) expect(said, `at ${step}`).not.toMatch(other.own);
        await chat.say(answer);
      }
      expect(chat.step).toBe(Step.outcomeConfirm);
    });
  }

  it('a parent of a 7-year-old asking at each outcome question hears a child\'s examples, never a Saturday job or college', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Maisie', age: 7, schoolYear: 2, hopes: [COOK] });
    chat = c;
    const heard: string[] = [];
    for (const { answer } of STEPS) {
      if (chat.step === Step.outcomeWhen) await chat.say('in a year');
      heard.push(texts(await chat.say('what does that mean')));
      await chat.say(answer);
    }
    expect(heard.join('\n')).toMatch(/play with other children/);
    expect(heard.join('\n')).not.toMatch(/Saturday job|college/);
  });

  it('an 8-year-old who is not sure of a step or what it leads to gets a child\'s ideas; a 15-year-old still gets a teenager\'s', async () => {
    const { chat: young } = await startWith({ today: '2025-03-10', name: 'Alfie', age: 8, schoolYear: 3, hopes: [COOK] });
    chat = young;
    const ideas = texts(await chat.say('im not sure'));
    expect(ideas).toMatch(/put my coat on/);
    expect(ideas).not.toMatch(/college/);
    await chat.close();
    const { chat: older } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK] });
    chat = older;
    expect(texts(await chat.say('im not sure'))).toMatch(/bus to town/);
    await chat.say('cook my own tea on my own in a year');
    await chat.say('my mum sees me do it every Saturday');
    await chat.say('I would feel proud');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(texts(await chat.say('help'))).toMatch(/Saturday job/);
  });

  it('asked "how does this help with your hope?", "what do you mean?" explains that question, not what comes next', async () => {
    const { chat: c } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [{ text: 'I want to design computer games', theme: 'learning_and_work', needs: [] }] });
    chat = c;
    await chat.say('sleep in my own bed every night');
    await chat.say('End of Year 11');
    await chat.say('mum sees it');
    await chat.say('I would feel grown up');
    expect(chat.lastQuestion?.activity.text).toMatch(/How does this help with your hope/);
    const said = texts(await chat.say('what do you mean?'));
    expect(said).toMatch(/leads towards the hope/);
    expect(said).not.toMatch(/Saturday job/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
  });
});

