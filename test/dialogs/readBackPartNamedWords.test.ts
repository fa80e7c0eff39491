import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * At the outcome read-back, the part named and then its new words ("the sentence. it should say
 * i will catch the bus on my own"): the sentence changes, and how everyone will know stays.
 */

const SEED: Seed = {
  today: '2026-12-02',
  who: 'self',
  name: 'Kai',
  age: 11,
  schoolYear: 6,
  hopes: [{ text: 'to go to secondary on the bus', theme: 'independent_living', needs: ['i get scared on the bus'] }],
};

async function atReadBack(chat: Transcript): Promise<void> {
  for (const m of ['i will get the bus to school with a friend', 'by the end of year 7', 'my mum will see me get on', 'i feel grown up', 'i can go to clubs', 'nothing more']) await chat.say(m);
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('the part named, then its new words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'the sentence. it should say i will catch the bus on my own',
    'the sentence, it should say i will catch the bus on my own',
    'the first bit. should say i will catch the bus on my own',
    'the sentence - make it say i will catch the bus on my own',
    'change the sentence. it should be i will catch the bus on my own',
  ])('"%s" changes the sentence, never the measure', async (typed) => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    await chat.say(typed);
    if (chat.step === Step.outcomeConfirm) await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/I will catch the bus on my own\.$/i);
    expect(outcome.measure).toBe('my mum will see me get on');
  });

  it.each(['the sentence. it should say i will catch the bus on my own', 'the sentence. i will catch the bus on my own'])('after "which part?", "%s" changes the sentence', async (typed) => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    await chat.say('no');
    await chat.say(typed);
    if (chat.step === Step.outcomeConfirm) await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/I will catch the bus on my own\.$/i);
    expect(outcome.measure).toBe('my mum will see me get on');
  }, 40000);
});
