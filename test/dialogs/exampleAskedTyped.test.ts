import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atMeasure, measureOf } from './drivingAtMeasure';
import { saidIn } from './journeySeed';

/*
 * At "How will we know...?" a person asks whether an example is what is meant ("what do u mean?
 * like the teacher tells me?"). The bot says it could be, in their words, and asks again; nothing is kept.
 */


describe('"what do u mean? like the teacher tells me?" at the measure question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['what do u mean? like the teacher tells me?', 'the teacher tells you'],
    ['what do you mean. like my mum sees me do it?', 'your mum sees you do it'],
  ])('%j: yes, that could be it, said back; asked again; nothing kept', async (typed, back) => {
    chat = await atMeasure();
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(`Yes, that could be it: "${back}"`);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(await measureOf(chat)).toBeUndefined();
  });

  it('"like the teacher tells me" with no question beside it stays the answer', async () => {
    chat = await atMeasure();
    await chat.say('the teacher tells me');
    expect(await measureOf(chat)).toMatch(/teacher tells me/);
  });
});
