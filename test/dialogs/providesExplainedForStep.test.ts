import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Sam (15) at "What would it provide?" types "what do you mean provide" or "provide what". The
 * question is explained as the help Sam would need, with examples that fit Sam's own step. The
 * word "provision" is never said, and nothing is kept as help.
 */

const SAM: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'get a job', theme: 'learning_and_work', needs: ['reading is hard'] }],
};

let chat: Transcript;
afterEach(async () => chat?.close());

async function atProvides(step: string, easyRead = false): Promise<void> {
  ({ chat } = await startWith(SAM));
  if (easyRead) await chat.say('easy read');
  for (const typed of [step, 'by the end of year 11', 'my mum will see me do it', 'i would feel proud', 'i could get to work']) await chat.say(typed);
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('a question about "provide" at "What would it provide?"', () => {
  it.each([
    ['what do you mean provide', 'I will read a bus timetable on my own', /reading practice/],
    ['provide what', 'I will catch the bus to college on my own', /travel training/],
    ['provide what', 'I will cook pasta for my tea', /cooking lessons/],
  ])('"%s" for "%s": explained with help that fits it', async (typed, step, fits) => {
    await atProvides(step);
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/What help would you need for "I will/);
    expect(said).toMatch(fits);
    expect(said).not.toMatch(/provision/i);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('in easy read too', async () => {
    await atProvides('I will read a bus timetable on my own', true);
    const said = saidIn(await chat.say('provide what'));
    expect(said).toMatch(/For example: reading practice/);
    expect(said).not.toMatch(/provision/i);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('a step whose words name no kind of help keeps the general example', async () => {
    await atProvides('I will go swimming every week');
    const said = saidIn(await chat.say('provide what'));
    expect(said).toMatch(/For example/);
    expect(said).not.toMatch(/provision/i);
  });
});
