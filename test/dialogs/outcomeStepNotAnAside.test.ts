import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const MECHANIC: SeedHope = { text: 'I want to be a mechanic', theme: 'learning_and_work', needs: ['I find exams hard'] };

/*
 * "and then im finished school and go to college" says what comes next: it is part of the step,
 * not an "I'm done now" said to the room.
 */
describe('"then im finished ..." inside an outcome step is kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"get my gcses and then im finished school and go to college to be a mechanic" keeps the college part', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [MECHANIC] }));
    await chat.say('get my gcses and then im finished school and go to college to be a mechanic');
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/gcses/i);
    expect(statement).toMatch(/go to college to be a mechanic/i);
  });

  it('"get my gcses thats it im done now" still drops the ending', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [MECHANIC] }));
    await chat.say('get my gcses thats it im done now');
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/gcses/i);
    expect(statement).not.toMatch(/done/i);
  });
});
