import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* A 21-year-old with a learning disability at the step question, not sure what to say. */
const seedFor = (hope: string): Seed => ({ today: '2026-12-07', name: 'Dan', age: 21, hopes: [{ text: hope, theme: 'learning_and_work', needs: [] }] });

describe('ideas for a step fit the hope when they do not know', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['work in a cafe', 'dont no', /cup of tea for a customer/],
    ['get a job in a coffee shop', 'idk', /cup of tea for a customer/],
    ['play football for a team', 'not sure', /team/i],
    ['be a vet', 'no idea', /animals/],
  ])('hope "%s", "%s": ideas in the hope\'s own kind', async (hope, said, fits) => {
    chat = (await startWith(seedFor(hope))).chat;
    const before = chat.all.length;
    await chat.say(said);
    const reply = saidIn(chat.all.slice(before));
    expect(reply).toMatch(fits);
    expect(reply).not.toMatch(/bus to town|join a club/);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('a hope that names no kind of thing still gets the general ideas', async () => {
    chat = (await startWith({ ...seedFor('be happy'), hopes: [{ text: 'be happy', theme: null, needs: [] }] })).chat;
    const before = chat.all.length;
    await chat.say('dont no');
    expect(saidIn(chat.all.slice(before))).toMatch(/bus to town/);
  });
});
