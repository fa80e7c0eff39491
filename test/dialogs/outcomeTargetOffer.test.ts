import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

const CLUB: SeedHope = { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] };
const CHRISTMAS = { phrase: 'by christmas', date: '2026-12-18' };

/** A Year 9 who said "by christmas" for their outcome, so the step-or-bigger choice is open. */
async function atTheChoice(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 14, schoolYear: 9, hopes: [CLUB] });
  await chat.say('go to youth club every week');
  await chat.say('by christmas');
  expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
  return chat;
}

const outcome = async (chat: Transcript) => (await chat.draft())!.outcomes[0];

describe('the step-or-bigger choice after a soon "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no', 'no just that', 'its fine as it is', 'just keep it'])('"%s" keeps Christmas as the outcome\'s date', async (typed) => {
    chat = await atTheChoice();
    const kept = await chat.say(typed);
    expect(saidIn(kept)).toMatch(/kept ".+" as a short step/i);
    expect(saidIn(kept)).not.toMatch(/by "by/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await outcome(chat))!.timeframe).toEqual(CHRISTMAS);
    expect((await outcome(chat))!.steps ?? []).toEqual([]);
  });

  it.each(['yes', 'yeah its a first step', 'first step'])('"%s" asks what the first step leads to', async (typed) => {
    chat = await atTheChoice();
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('a longer date typed instead is the outcome\'s date, with Christmas kept as its short step', async () => {
    chat = await atTheChoice();
    await chat.say('no, by next summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const o = (await outcome(chat))!;
    expect(o.timeframe).toEqual({ phrase: 'by next summer', date: '2027-07-22' });
    expect(o.steps).toEqual([{ text: 'go to youth club every week', timeframe: CHRISTMAS }]);
  });

  it('another soon date typed replaces Christmas, and is not kept twice', async () => {
    chat = await atTheChoice();
    await chat.say('by easter');
    const o = (await outcome(chat))!;
    expect(o.timeframe?.phrase).toBe('by easter');
    expect(o.steps ?? []).toEqual([]);
  });

  it('how they would know, typed here, is kept for the next question and not asked again', async () => {
    chat = await atTheChoice();
    const said = await chat.say('my youth worker signs me in');
    expect(saidIn(said)).not.toMatch(/didn't catch/i);
    expect((await outcome(chat))!.measure).toBe('my youth worker signs me in');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('keep it');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await outcome(chat))!.timeframe).toEqual(CHRISTMAS);
  });

  it('two answers it cannot read keep Christmas as the date, never no date', async () => {
    chat = await atTheChoice();
    const first = await chat.say('asdf');
    expect(saidIn(first)).toMatch(/more simply/i);
    await chat.say('whatever lol');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await outcome(chat))!.timeframe).toEqual(CHRISTMAS);
  });

  it('"skip" at the choice keeps Christmas as the date', async () => {
    chat = await atTheChoice();
    await chat.say('skip');
    expect((await outcome(chat))!.timeframe).toEqual(CHRISTMAS);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });
});

describe('not sure at the step-or-bigger choice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"hmm not sure" explains the choice, not the times, and a second one keeps Christmas', async () => {
    chat = await atTheChoice();
    const help = await chat.say('hmm not sure');
    expect(saidIn(help)).toMatch(/short step/i);
    expect(saidIn(help)).not.toMatch(/pick the time/i);
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    await chat.say('dunno');
    expect((await outcome(chat))!.timeframe).toEqual(CHRISTMAS);
  });
});
