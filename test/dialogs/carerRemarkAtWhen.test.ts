import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Pat, at "by when?" for Ellie's "be dry at night": a date said with remarks about whether it can
 * happen ("might be asking a lot", "depends when we get seen at the enuresis clinic"). The date is
 * read; a remark is no measure, so "how will everyone know?" is still asked.
 */

const DRY = { text: 'be dry at night', theme: 'health_and_wellbeing' as const, needs: ['she wets the bed most nights'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhen(): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed({ name: 'Ellie', age: 6, schoolYear: 1 }, [DRY])));
  await chat!.say('Ellie will be dry at night');
  expect(chat!.step).toBe(Step.outcomeWhen);
  return chat!;
}

describe('remarks beside the date', () => {
  it.each([
    'well dry every night might be asking a lot, but dry most nights by the end of year 2 would be amazing. depends when we get seen at the enuresis clinic',
    'by the end of year 2, depends when we get seen by the clinic',
    'end of year 2 hopefully, it depends on the waiting list and when we get seen',
    'by the end of year 2 but that might be asking a lot tbh',
    'end of year 2. fingers crossed, it depends if the school notice the alarm works',
  ])('%j: the date is kept, no measure, and the measure is asked', async (said) => {
    const c = await atWhen();
    await c.say(said);
    const outcome = (await c.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toBe('2028-07-21');
    expect(outcome.measure ?? null).toBeNull();
    expect(c.step).toBe(Step.outcomeMeasure);
  });

  it('a measure said beside the date is still kept', async () => {
    const c = await atWhen();
    await c.say('by the end of year 2, we will know because her sticker chart shows dry nights');
    expect((await c.draft())!.outcomes[0]!.measure).toMatch(/sticker chart/);
  });
});
