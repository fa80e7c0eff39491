import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo } from './journeySeed';

/*
 * Kai (16, Year 11) on 5 December 2026 at "by when?": a time with its date worked out and a remark
 * after it, a time with "whats the date for that", a time at the end of a sentence, and, at the
 * read-back, a new date so soon (Christmas) that it is a short step.
 */
const kai = async () => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Kai', age: 16, schoolYear: 11, hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['I get lost on buses'] }] });
  await chat.say('get the bus to college on my own');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
};

describe('times said with more at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['In 6 months. That would be June 2027, I will find out if that works', 'In 6 months', '2027-06-05'],
    ['in a year. that would be december 2027, i will ask my mum', 'in a year', '2027-12-05'],
  ])('"%s": the time alone, the date worked out and the remark not in it', async (typed, phrase, date) => {
    chat = await kai();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase, date });
    expect(outcome.statement).toBe('get the bus to college on my own');
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it.each(['6 months. whats the date for that', 'in 6 months what date would that be'])('"%s": kept, and the date it means is said, not today\'s', async (typed) => {
    chat = await kai();
    const said = saidIn(await chat.say(typed));
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-06-05');
    expect(said).toMatch(/That would be by June 2027\./);
    expect(said).not.toMatch(/Today is/);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('"whats the date for that" with no time said: no date is made up, and "by when?" is asked again', async () => {
    chat = await kai();
    expect(saidIn(await chat.say('whats the date for that'))).toMatch(/couldn't work out a date/);
    expect((await chat.draft())!.outcomes[0]!.timeframe ?? null).toBeNull();
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('leave alone: "whats the date today" is still answered with today\'s date', async () => {
    chat = await kai();
    expect(saidIn(await chat.say('whats the date today'))).toMatch(/Today is Saturday 5 December 2026/);
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it.each([
    ['i will do it before i go to college', 'before i go to college'],
    ['i will do it before college', 'before college'],
    ['ill do it before i leave school', 'before i leave school'],
  ])('"%s": the time said after "i will do it" is read, without the doing', async (typed, phrase) => {
    chat = await kai();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase, date: '2027-07-22' });
    expect(outcome.statement).toBe('get the bus to college on my own');
  });
});

describe('"change the date to christmas" at the read-back, in December', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('Christmas is kept as a short step, said kindly, without "by when?" again', async () => {
    chat = await kai();
    await chat.say('in a year');
    await walkTo(chat, Step.outcomeConfirm, { [Step.outcomeMeasure]: 'my mum sees me do it', [Step.outcomeDoesForMe]: 'i feel free', [Step.outcomeMakesPossible]: 'see my mates', [Step.outcomeProvides]: 'travel training' });
    const said = saidIn(await chat.say('change the date to christmas'));
    expect(said).toMatch(/quite soon.*good first step/);
    expect(said).not.toMatch(/By when would you like/);
    expect((await chat.draft())!.outcomes[0]!.steps?.[0]?.timeframe?.date).toBe('2026-12-18');
    await chat.say('keep it as a short step');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by christmas', date: '2026-12-18' });
    expect(chat.lastQuestion?.activity.text ?? '').toMatch(/christmas/i);
  });
});
