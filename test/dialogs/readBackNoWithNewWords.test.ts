import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * At "Is that right?" Sam types "no" with the new words in the same message: "No. Change it to: I
 * will catch the bus on my own", "no it should say I will cook pasta". The new words are the
 * wording, and they are read back.
 */

const SAM: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'live on my own', theme: 'independent_living', needs: ['i need help with everyday things'] }],
};

let chat: Transcript;
afterEach(async () => chat?.close());

async function atReadBack(): Promise<void> {
  ({ chat } = await startWith(SAM));
  for (const typed of ['I will make my own breakfast', 'by the end of year 11', 'my mum will see me do it', 'i would feel proud', 'i could look after myself', 'someone to show me']) await chat.say(typed);
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('"no" with the new words at the read-back', () => {
  it.each([
    ['No. Change it to: I will catch the bus on my own', /I will catch the bus on my own/],
    ['no it should say I will cook pasta', /I will cook pasta/],
    ['no it should be i will cook pasta', /I will cook pasta/i],
  ])('"%s": taken as the wording and read back', async (typed, wording) => {
    await atReadBack();
    const said = saidIn(await chat.say(typed));
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(wording);
    expect(said).toMatch(wording);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  it('for a step towards a job, after a bare "no"', async () => {
    ({ chat } = await startWith({ ...SAM, hopes: [{ text: 'get a job', theme: 'learning_and_work', needs: ['reading is hard'] }] }));
    for (const typed of ['I will read a bus timetable on my own', 'by the end of year 11', 'I will read it to my mum', 'I can go places on my own', 'I can get to work', 'a teacher to practise with me', 'no']) await chat.say(typed);
    const said = saidIn(await chat.say('no it should say I will catch the bus on my own'));
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/I will catch the bus on my own/);
    expect(said).toMatch(/I will catch the bus on my own/);
  });

  it('after a bare "no", "no it should say I will cook pasta" is the wording too', async () => {
    await atReadBack();
    await chat.say('no');
    await chat.say('no it should say I will cook pasta');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/I will cook pasta/);
  });
});
