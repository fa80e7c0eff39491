import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jordan is 22 and reads the easy-read words. Asked whether he feels safe, he types "not on bus".
 * The flag is kept (other), but he hears a short kind word and 999, not the whole crisis list,
 * and the way back offers to put feeling safe when he travels in his plan. Harm told on the bus
 * still gets the full answer.
 */

const easy = createWords().forMode('easy_read');

async function jordanAtSafe(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    name: 'Jordan',
    age: 22,
    hopes: [{ text: 'to go to college on my own', theme: 'independent_living', needs: ['i get lost'] }],
    journey: { mode: 'easy_read' },
    at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }),
  });
  return chat;
}

describe('"not on bus" at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the flag, answers kindly and briefly, and offers to add travel to the plan', async () => {
    chat = await jordanAtSafe();
    const replies = await chat.say('not on bus');
    expect(saidIn(replies)).toContain(easy('safeguarding:travelHeard'));
    expect(saidIn(replies)).not.toMatch(/Shout|Childline|Samaritans/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['other']);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const offer = saidIn(await chat.say('yes'));
    expect(offer).toContain(easy('safeguarding:safeNeed.question.travel'));
    await chat.say('yes');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain(easy('safeguarding:safeNeed.need.travel'));
  });

  it('still caught: "not on bus, a man there touches me" gets the full answer and its own flag', async () => {
    chat = await jordanAtSafe();
    const replies = await chat.say('not on bus, a man there touches me');
    expect(saidIn(replies)).toMatch(/Samaritans/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });

  it('still the full answer: "not at home" is no travel worry', async () => {
    chat = await jordanAtSafe();
    const replies = await chat.say('not at home');
    expect(saidIn(replies)).toMatch(/Samaritans/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['other']);
  });
});
