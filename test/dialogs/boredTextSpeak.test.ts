import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saysTheyAreBored } from '../../src/language/aside';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* A teenager bored with the chat, typing fast: heard kindly, never kept, and the same question asked again. */

const JOB: SeedHope = { text: 'work in a nail bar', theme: 'learning_and_work', needs: ['reading the words on boxes'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('boredom in text-speak', () => {
  it.each([['this is borin'], ['this is takin ages im bored'], ['im bored'], ['2 long'], ['this is getting boring'], ['ugh this is soo borin now'], ['these questions r 2 long']])(
    '"%s" says the chat drags',
    (text) => expect(saysTheyAreBored(text)).toBe(true),
  );
  it.each([['i get bored in maths'], ['school is boring'], ['its too long'], ['when lessons are too long i get bored'], ['boring lessons']])('"%s" is left alone', (text) => {
    expect(saysTheyAreBored(text)).toBe(false);
  });
});

describe('boredom typed at a question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"this is borin" at a theme question is not a hope, and the same theme is asked again', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Shan', age: 14, schoolYear: 9, hopes: [JOB], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health' }) }));
    const replies = await chat.say('this is borin');
    expect(texts(replies)).toMatch(/stop.*come back/i);
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['work in a nail bar']);
  });

  it('"this is takin ages im bored" at what it would do for you is not kept, and the question stays', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Shan', age: 14, schoolYear: 9, hopes: [JOB] }));
    await chat.say('read the words on make up boxes by summer');
    for (let i = 0; i < 4 && chat.step !== Step.outcomeDoesForMe; i++) await chat.say(chat.step === Step.outcomeWhen ? 'by the summer' : 'my teacher will see me read them');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const at = chat.step;
    const replies = await chat.say('this is takin ages im bored');
    expect(texts(replies)).toMatch(/stop.*come back/i);
    expect(chat.step).toBe(at);
    expect(JSON.stringify((await chat.draft())!.outcomes)).not.toMatch(/takin ages|bored/);
  });
});
