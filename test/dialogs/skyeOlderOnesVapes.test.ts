import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Skye, 14, told earlier that "reece is 19 he gives me lifts"; later, at the needs question, "i vape a bit reece gets
 * em me". Someone older giving a child vapes or drink is a way of making a child owe them: asked after gently, at once
 * when the giver is said to be older, and when the signs add up across the chat.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhatMakesItHard(age = 14): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Skye',
    age,
    hopes: [{ text: 'to go to college', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  }));
  return chat!;
}

describe('vapes or drink from someone older', () => {
  it('"i vape a bit reece gets em me", after "reece is 19 he gives me lifts", is asked after', async () => {
    const chat = await atWhatMakesItHard();
    await chat.say('reece is 19 he gives me lifts');
    await chat.say('i vape a bit reece gets em me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each([
    'an older lad gets me vapes',
    'my mates older brother buys us vodka',
    'this older guy always gets me fags',
    'older lads get me vapes',
    'reece is 19 he buys me vodka',
    'this guy from the park gets me weed for free',
  ])('"%s" is asked after at once', async (said) => {
    const chat = await atWhatMakesItHard();
    await chat.say(said);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.needs.map((n) => n.text).join(' ')).not.toMatch(/vape|vodka|fags|weed/);
  });

  it('"reece always buys my vapes and says i owe him" is flagged as exploitation', async () => {
    const chat = await atWhatMakesItHard();
    await chat.say('reece always buys my vapes and says i owe him');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });

  it.each(['my mate gets me vapes', 'my older brother gives me lifts', 'my nan buys me sweets'])('"%s" is no worry', async (said) => {
    const chat = await atWhatMakesItHard();
    await chat.say(said);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});
