import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atMeasure, measureOf } from './drivingAtMeasure';
import { saidIn } from './journeySeed';

/*
 * Nikita (17) at "How will everyone know?" for passing her theory test, after the bot offered
 * "Aisha gets the bus alone every day for a week": "the bus??" questions the bot's own example.
 */

async function afterTheBusExample(): Promise<Transcript> {
  const chat = await atMeasure();
  expect(saidIn(await chat.say('id feel free'))).toMatch(/gets the bus/);
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('the bot\'s own example questioned at the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the bus?? i dont drive yet, i get my full licence": the rest is the measure', async () => {
    chat = await afterTheBusExample();
    await chat.say('the bus?? i dont drive yet, i get my full licence');
    expect(await measureOf(chat)).toMatch(/^i get my full licence\.?$/i);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });

  it('"the bus??" alone: nothing kept, asked again', async () => {
    chat = await afterTheBusExample();
    expect(saidIn(await chat.say('the bus??'))).toMatch(/only an example/);
    expect(await measureOf(chat)).toBeUndefined();
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('"the bus? i get it on my own every day" takes the example up: kept whole', async () => {
    chat = await afterTheBusExample();
    await chat.say('the bus? i get it on my own every day');
    expect(await measureOf(chat)).toMatch(/^the bus\? i get it on my own every day$/i);
  });
});
