import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A mum at the outcome read-back talks about the date in her own words: "easter is too soon, make it
 * end of reception, july", "I want only change the date, rest is same". The date changes; the words
 * of the outcome never become "Maisie will july" or "Maisie will only change the date".
 */

const SEED: Seed = parentSeed({ name: 'Maisie', age: 5, schoolYear: 0 }, [
  { text: 'to be dry in the day and use the toilet', theme: 'independent_living', needs: ['she is not toilet trained yet'] },
]);

async function atReadBack(chat: Transcript, when = 'by easter'): Promise<void> {
  for (const m of ['sit on the toilet when an adult takes her every 2 hours', when]) await chat.say(m);
  // A short time for the early years may be asked about as a first step: kept as it is.
  if (chat.step === Step.outcomeWhen) await chat.say('keep it as a short step');
  for (const m of ['staff write it in her toilet chart', 'she would feel proud', 'go to the toilet at home too', 'nothing else']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(m);
  }
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('talk about the date at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['easter is too soon, make it end of reception, july', 'a bit too soon. july please'])('"%s" changes only the date', async (typed) => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    const reply = said(await chat.say(typed));
    expect(reply).toMatch(/July/);
    expect(reply).toMatch(/Maisie will sit on the toilet when an adult takes her every 2 hours/);
    expect(reply).not.toMatch(/will (?:july|a bit|easter)/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  it.each(['I want only change the date, rest is same', 'the date is wrong'])('"%s" asks for the new date and keeps the words', async (typed) => {
    ({ chat } = await startWith(SEED));
    await atReadBack(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeWhen);
    const reply = said(await chat.say('end of reception'));
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(reply).toMatch(/Maisie will sit on the toilet when an adult takes her every 2 hours/);
    expect(reply).not.toMatch(/change the date|rest is same|date is wrong/i);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/Maisie will sit on the toilet/);
    expect(outcome.timeframe?.date.slice(0, 7)).toBe('2027-07');
  });
});

describe('a length of time typed on its own at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"6 months" reads "In 6 months", never "By 6 months"', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('sit on the toilet when an adult takes her every 2 hours');
    await chat.say('6 months');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('in 6 months');
  });
});
