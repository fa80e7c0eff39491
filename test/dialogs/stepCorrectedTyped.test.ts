import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Marcus, 18, leads into his step with chatter ("anyway the step is ...") and puts the step right
 * a question later ("no the step is budgeting"). Only his step is kept, and it is never a new hope.
 */

const TODAY = '2026-12-03';
const FLAT: SeedHope = { text: 'live on my own in a flat', theme: 'independent_living', needs: ['my mum does all my money'] };

async function atStep(hopes: SeedHope[]): Promise<Transcript> {
  const { chat } = await startWith({ today: TODAY, name: 'Marcus', age: 18, hopes });
  return chat;
}

describe('a step led into, and put right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"ok so anyway the step is ..." keeps only the step', async () => {
    chat = await atStep([FLAT]);
    await chat.say('ok so anyway the step is learn to budget my wages and pay my phone bill myself');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('learn to budget my wages and pay my phone bill myself');
  });

  it('"omg it still says wait did u get the flat bit lol. anyway the step is ..." takes the question out of the hopes and keeps only the step', async () => {
    chat = await atStep([FLAT, { text: 'wait did u get the flat bit too', theme: null, needs: [] }]);
    const replies = await chat.say('omg it still says wait did u get the flat bit lol. anyway the step is sort my own money like budget my wages');
    expect(saidIn(replies)).toMatch(/taken out "wait did u get the flat bit too"/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([FLAT.text]);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['sort my own money like budget my wages']);
  });

  it('"no the step is budgeting… it leads to paying my own bills" a question later puts the step right, and adds no hope', async () => {
    chat = await atStep([FLAT]);
    await chat.say('learn to sort my own money and pay my phone bill myself');
    expect(chat.step).toBe(Step.outcomeWhen);
    const at = chat.step;
    const replies = await chat.say('no the step is budgeting… it leads to paying my own bills');
    expect(saidIn(replies)).toMatch(/changed the step to "budgeting"/);
    expect(chat.step).toBe(at);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual([FLAT.text]);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['budgeting']);
    expect(JSON.stringify(draft.outcomes[0])).not.toMatch(/paying my own bills/);
  });
});
