import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { kaiAt } from './supportedLivingSeed';

/*
 * A 21-year-old's step for his hope "work at the garden centre" says "there". The read-back offers
 * the hope's place in its stead ("at the garden centre"), to confirm or change. Asked at the
 * read-back to put "garden centre" for "there", the place comes with its "at the"; and the place
 * said again more fully just after is changed again with those words, never asked for anew.
 */
const GARDEN = { text: 'work at the garden centre', theme: 'learning_and_work' as const, needs: ['i get muddled with the till'] };
const ANSWERS = ['do work experience there 2 days a week', 'by summer', 'my manager signs my sheet', 'proud', 'get a paid job', 'a job coach'];

async function atReadBack(chat: Transcript): Promise<string> {
  let said = '';
  for (const t of ANSWERS) said = saidIn(await chat.say(t));
  expect(chat.step).toBe(Step.outcomeConfirm);
  return said;
}
const statement = async (chat: Transcript) => (await chat.draft())?.outcomes[0]?.statement ?? '';

describe('"there" in a step, where the hope names a place', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the read-back says "at the garden centre" for "there", and a yes keeps it', async () => {
    ({ chat } = await kaiAt((d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }), [GARDEN]));
    expect(await atReadBack(chat)).toMatch(/I will do work experience at the garden centre 2 days a week/);
    await chat.say('yes');
    expect(await statement(chat)).toMatch(/I will do work experience at the garden centre 2 days a week/);
  });

  it('"yes but put garden centre not there" puts "at the garden centre"; "at the big garden centre" after it changes it again', async () => {
    ({ chat } = await kaiAt((d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }), [GARDEN], (d) => ({ ...d, aspirations: d.aspirations.map((a) => ({ ...a, text: 'work with plants' })) })));
    expect(await atReadBack(chat)).toMatch(/work experience there 2 days/);
    const said = saidIn(await chat.say('yes but put garden centre not there'));
    expect(said).toContain('"there" to "at the garden centre"');
    expect(said).toMatch(/I will do work experience at the garden centre 2 days a week/);
    const again = saidIn(await chat.say('at the garden centre'));
    expect(again).not.toMatch(/one thing you will do/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const fuller = saidIn(await chat.say('at the big garden centre'));
    expect(fuller).toMatch(/I will do work experience at the big garden centre 2 days a week/);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });
});
