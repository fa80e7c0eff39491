import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/* Carmen, mum of Luca (5), at the review, takes "the dryer" out of a hard thing, with and without her new sentence. */

const HARD = 'Luca gets upset by loud noises like the dryer, maybe they could turn off the dryer';
const NEW = 'Luca gets upset by loud noises so maybe they could warn him first';
const CARMEN = parentAtReview(
  { name: 'Luca', age: 5, schoolYear: 1 },
  { text: 'Luca to get ready for school on his own', theme: 'independent_living', needs: [HARD] },
  { statement: 'By July 2027, Luca will put his shoes on by himself.', timeframe: { phrase: 'by july 2027', date: '2027-07-22' }, measure: 'mum sees him do it' },
);

const need = async (chat: Transcript) => (await chat.draft())!.needs[0]!.text;

describe('Carmen takes out the bit about the dryer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('with her whole new sentence in the same message, that sentence is read back and kept after a yes', async () => {
    ({ chat } = await startWith(CARMEN));
    const checked = saidIn(await chat.say(`take out the bit about the dryer. it should say ${NEW}`));
    expect(checked).toMatch(/maybe they could warn him first"\?/);
    expect(checked).not.toMatch(/taken out/);
    await chat.say('yes');
    expect(await need(chat)).toBe(NEW);
  });

  it('the same at the question about that part: never a cut that leaves "...turn off."', async () => {
    ({ chat } = await startWith(CARMEN));
    await chat.say('change the hard thing');
    await chat.say(`take out the bit about the dryer. it should say ${NEW}`);
    await chat.say('yes');
    expect(await need(chat)).toBe(NEW);
  });

  it('a cut that would leave a broken sentence asks for the new words instead, and takes them', async () => {
    ({ chat } = await startWith(CARMEN));
    await chat.say('change the hard thing');
    const asked = saidIn(await chat.say('take out the bit about the dryer'));
    expect(asked).toMatch(/If I take out "the dryer"/);
    expect(asked).toMatch(/What would you like it to say instead\?/);
    expect(await need(chat)).toBe(HARD);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say(NEW);
    expect(await need(chat)).toBe(NEW);
  });
});
