import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COLLEGE: SeedHope = { text: 'I want to go to college', theme: 'learning_and_work', needs: ['reading is hard'] };

/*
 * A message of 20,000 spaces or commas (a key held down, a paste gone wrong) is answered as quickly
 * as any other: nothing is kept and the same question is asked again; words beside such a run are
 * read as if the run were short.
 */
describe('a message with a very long run of spaces or commas', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['commas', ', '.repeat(10_000)],
    ['spaces and marks', ' ,.;:!-'.repeat(3_000)],
  ])('20,000 characters of %s at the outcome step keep nothing and ask the step again', async (_name, typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [COLLEGE] }));
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes ?? []).toHaveLength(0);
  });

  it('"go to the college open day" with 20,000 spaces and "no offence mum" after it keeps the step without the aside', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [COLLEGE] }));
    await chat.say(`go to the college open day${' '.repeat(20_000)}no offence mum`);
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/college open day/);
    expect(statement).not.toMatch(/offence/);
    expect(statement.length).toBeLessThan(100);
  });
});
