import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * Dylan (memory problems) asked "wait what did i say already" and it was kept as a hope. "thats not a
 * hope?? i was asking what i said before. i forget stuff" is a complaint: sorry, the question is
 * taken out, and the hopes left are read back. Nothing in it is kept.
 */

const dylan = { today: '2026-12-06', name: 'Dylan', age: 23 } as const;
const hope = (text: string) => ({ text, theme: null, needs: [] });
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('a question kept as a hope, complained about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const seeded = () => startWith({ ...dylan, hopes: [hope('live on my own'), hope('wait what did i say already')], at: () => ({ stage: 'hopes', step: 'hopes.more' }) });

  it('"thats not a hope?? i was asking what i said before. i forget stuff": sorry, taken out, hopes read back', async () => {
    ({ chat } = await seeded());
    const replies = await chat.say('thats not a hope?? i was asking what i said before. i forget stuff');
    expect(saidIn(replies)).toMatch(/sorry/i);
    expect(saidIn(replies)).toMatch(/live on my own/);
    expect(await hopesOf(chat)).toEqual(['live on my own']);
    expect(chat.step).toBe('hopes.more');
  });

  it('"thats not a hope. i was asking. my dad hits me" is still heard', async () => {
    ({ chat } = await seeded());
    expect(saidIn(await chat.say('thats not a hope. i was asking. my dad hits me'))).toMatch(CRISIS);
  });
});
