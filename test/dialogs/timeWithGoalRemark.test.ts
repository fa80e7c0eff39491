import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { withoutGoalRemark } from '../../src/language/goalRemark';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * "by the end of year 5 but that is already goal 3 no?" at "by when?": the time is the answer and
 * the remark about another goal is talk about it. Only "by the end of year 5" is kept as the date.
 */

async function atAmirasWhen(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Amira', age: 8, schoolYear: 3 }, [{ text: 'she reads books on her own', theme: 'learning_and_work', needs: ['she struggles with long words'] }]));
  await chat.say('she reads a short chapter book by herself');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

const outcome = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!;

describe('a remark about another goal after an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['by the end of year 5 but that is already goal 3 no?', 'by the end of year 5, isnt that the same as goal 2?'])('%j keeps only the time', async (said) => {
    chat = await atAmirasWhen();
    await chat.say(said);
    const kept = await outcome(chat);
    expect(kept.timeframe?.phrase).toBe('by the end of year 5');
    expect(JSON.stringify(kept)).not.toMatch(/goal [23]/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('"she reads a short chapter book by herself by the end of year 5 but that is already goal 3 no?" as the step keeps only the step and its time', async () => {
    const { chat: started } = await startWith(parentSeed({ name: 'Amira', age: 8, schoolYear: 3 }, [{ text: 'she reads books on her own', theme: 'learning_and_work', needs: ['she struggles with long words'] }]));
    chat = started;
    await chat.say('she reads a short chapter book by herself by the end of year 5 but that is already goal 3 no?');
    const kept = await outcome(chat);
    expect(kept.statement).toBe('she reads a short chapter book by herself by the end of year 5');
    expect(kept.timeframe?.phrase).toBe('by the end of year 5');
  });
});

describe('a number that ends a plain answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['she swims a width on her own at swimming step 3', 'she will be able to read books in book band number 5', 'she comes number 1'])('%j is kept whole as the step', async (said) => {
    const { chat: started } = await startWith(parentSeed({ name: 'Amira', age: 8, schoolYear: 3 }, [{ text: 'she reads books on her own', theme: 'learning_and_work', needs: ['she struggles with long words'] }]));
    chat = started;
    await chat.say(said);
    expect((await outcome(chat)).statement).toBe(said);
  });
});

describe('the reader', () => {
  it.each([
    ['by the end of year 5 but that is already goal 3 no?', 'by the end of year 5'],
    ['she reads a chapter book, isnt that the same as goal 2?', 'she reads a chapter book'],
    ['by easter, same as goal 1', 'by easter'],
    ['make his own lunch (like outcome 2)', 'make his own lunch'],
    ["by the end of year 5, that's like number 2 again", 'by the end of year 5'],
    ['cook her own tea, same as outcome 2', 'cook her own tea'],
  ])('%j: the answer is %j', (said, answer) => expect(withoutGoalRemark(said)).toBe(answer));
  it.each(['score a goal in the match', 'pass my exams but that is hard', 'goal 3', 'she wants to be number 1 in her class', 'by the end of year 5 but maybe year 6',
    'she swims a width on her own at swimming step 3',
    'she will be able to read books in book band number 5',
    'she comes number 1',
    'move up to step 2',
    'he wants to wear the number 10',
    "cook her tea, that's step 3",
  ])('%j is left as it is', (said) =>
    expect(withoutGoalRemark(said)).toBe(said),
  );
  it('reads a very long message quickly', () => {
    const long = 'a' + ' '.repeat(8000) + 'x';
    const started = performance.now();
    withoutGoalRemark(long);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
