import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atMeasure, measureOf } from './drivingAtMeasure';
import { saidIn } from './journeySeed';

/*
 * At "How will we know...?" people ask what a measure is ("the lady at school keeps saying it").
 * The word is explained and the question asked again; only an answer said before it is kept.
 */


describe('"whats a measure" at the measure question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['whats a measure btw the lady at school keeps saying it', 'what is a measure? my tutor keeps on about it'])('%j: what a measure is, the question again, nothing kept', async (typed) => {
    chat = await atMeasure();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/measure/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(await measureOf(chat)).toBeUndefined();
  });

  it.each([
    'i pass the theory test. whats a measure btw the lady at school keeps saying it',
    'i pass the theory test, whats a measure btw the lady at school keeps saying it',
  ])('%j: the answer before the question is kept without it', async (typed) => {
    chat = await atMeasure();
    await chat.say(typed);
    expect(await measureOf(chat)).toMatch(/^i pass the theory test\.?$/i);
  });
});
