import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * "Before I answer that, I want to add a hope that you lost. My hope is ...": the request to add
 * it is no hope; only the words after "My hope is" are kept. "Nothing else. Those three are all of
 * my hopes." says there are no more, and the chat moves on.
 */

const suki = { today: '2026-12-06', name: 'Suki', age: 17, schoolYear: 12 } as const;
const hope = (text: string) => ({ text, theme: null, needs: [] });
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('a hope added after asking to add it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const typed = 'Before I answer that, I want to add a hope that you lost. My hope is to learn to cook meals for myself.';

  it('at what makes a hope hard: only the hope after "My hope is" is added', async () => {
    chat = (await startWith({ ...suki, hopes: [hope('go to university'), hope('live on my own')], at: (d) => ({ stage: 'needs', step: 'needs.barrier', topic: d.aspirations[0]!.id }) })).chat;
    await chat.say(typed);
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(3);
    expect(hopes[2]).toMatch(/^(?:to )?learn to cook meals for myself$/i);
  });

  it('at "another hope?": only the hope after "My hope is" is added; "Nothing else. Those three are all of my hopes." moves on', async () => {
    chat = (await startWith({ ...suki, hopes: [hope('go to university'), hope('live on my own')], at: () => ({ stage: 'hopes', step: 'hopes.more' }) })).chat;
    await chat.say(typed);
    expect(await hopesOf(chat)).toHaveLength(3);
    await chat.say('Nothing else. Those three are all of my hopes.');
    expect(await hopesOf(chat)).toHaveLength(3);
    expect(chat.step).not.toBe('hopes.dream');
    expect(chat.step).not.toBe('hopes.more');
  });

  it('"Nothing else. My dad hits me." is still heard', async () => {
    chat = (await startWith({ ...suki, hopes: [hope('go to university')], at: () => ({ stage: 'hopes', step: 'hopes.more' }) })).chat;
    expect(saidIn(await chat.say('Nothing else. My dad hits me.'))).toMatch(CRISIS);
  });
});
