import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "go to college", then a moment later "n do a nails course" (n = and): the second message carries
 * on the step just given. It is never read as an answer to "by when?" (a date that could not be
 * worked out), nor kept as how everyone will know.
 */

const NAILS: SeedHope = { text: 'work in a nail salon', theme: 'learning_and_work', needs: ['I find reading hard'] };

async function atTheStep(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Kayla', age: 17, schoolYear: 12, hopes: [NAILS] });
  expect(chat.step).toBe(Step.outcomeStep);
  return chat;
}

describe('"n do a nails course" just after the step joins the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['n do a nails course', 'and do a nails course'])('"%s" at "by when?"', async (typed) => {
    chat = await atTheStep();
    await chat.say('go to college');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain('"go to college and do a nails course"');
    expect(saidIn(replies)).not.toMatch(/work out a date/);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())?.outcomes[0]?.statement).toBe('go to college and do a nails course');
  });

  it('at "how would you know?", it is not kept as the measure', async () => {
    chat = await atTheStep();
    await chat.say('go to college by september');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('n do a nails course');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
  });

  it('leave alone: a date typed at "by when?" is still the date', async () => {
    chat = await atTheStep();
    await chat.say('go to college');
    await chat.say('by next summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.statement).toBe('go to college');
  });
});
