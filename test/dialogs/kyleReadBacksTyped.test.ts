import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { kaiAt } from './supportedLivingSeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Kyle (21) types in lower case. His hopes are read back with "I" for "i", every item of a list says
 * "I" the same way, and a place he names without "the" ("college") is put in without one.
 */

async function atTheDream(): Promise<Transcript> {
  const chat = await throughWelcome({ age: '21' });
  await throughAboutMe(chat);
  return chat;
}

describe('Kyle\'s read-backs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i want to do my money more myself" is read back with "I", in the read-back and the question after', async () => {
    chat = await atTheDream();
    const said = saidIn(await chat.say('i want to do my money more myself'));
    expect(said).toContain('I want to do my money more myself');
    expect(said).not.toMatch(/\bi want\b/);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['i want to do my money more myself']);
  });

  it('a list of hopes says "I" in every item, and so does the list of hopes asked for', async () => {
    chat = await atTheDream();
    await chat.say('i want to do my money more myself');
    await chat.say('yes');
    const listed = saidIn(await chat.say('I want to get a job at college. i want to live in a flat'));
    expect(listed).toContain('• "I want to get a job at college"');
    expect(listed).toContain('• "I want to live in a flat"');
    const shown = saidIn(await chat.say('can i see my hopes'));
    expect(shown).not.toMatch(/"i want/);
    expect(shown).toContain('"I want to do my money more myself"');
  });

  it('"put college not there" at a read-back puts "at college", never "at the college"', async () => {
    const HOPE = { text: 'get a job', theme: 'learning_and_work' as const, needs: ['i get lost on the bus'] };
    ({ chat } = await kaiAt((d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }), [HOPE]));
    for (const t of ['do work experience there 2 days a week', 'by summer', 'my manager signs my sheet', 'proud', 'get a paid job', 'a job coach']) await chat.say(t);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const said = saidIn(await chat.say('yes but put college not there'));
    expect(said).toMatch(/work experience at college 2 days a week/);
    expect(said).not.toMatch(/the college/);
  });
});
