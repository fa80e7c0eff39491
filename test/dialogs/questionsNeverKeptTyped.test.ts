import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * A message that only asks the bot something is answered, and the same question asked again: it is
 * never kept as a hope. Typed by a literal reader in full sentences, and by someone who forgets.
 */

const suki = { today: '2026-12-06', name: 'Suki', age: 17, schoolYear: 12 } as const;
const hope = (text: string) => ({ text, theme: null, needs: [] });
const hopesOf = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);

describe('questions at the hopes questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Do you mean hopes and dreams for next year, or for when I am an adult?": both, and the dream asked again', async () => {
    chat = (await startWith({ ...suki, hopes: [], at: () => ({ stage: 'hopes', step: 'hopes.dream' }) })).chat;
    const replies = await chat.say('Do you mean hopes and dreams for next year, or for when I am an adult?');
    expect(saidIn(replies)).toMatch(/both/i);
    expect(saidIn(replies)).toMatch(/adult/i);
    expect(chat.step).toBe('hopes.dream');
    expect(await hopesOf(chat)).toEqual([]);
  });

  it('"I do not understand. What have you kept? Please tell me what my hopes are now.": the hopes kept are read back', async () => {
    chat = (await startWith({ ...suki, hopes: [hope('go to university'), hope('live on my own')], at: () => ({ stage: 'hopes', step: 'hopes.more' }) })).chat;
    const replies = await chat.say('I do not understand. What have you kept? Please tell me what my hopes are now.');
    expect(saidIn(replies)).toMatch(/go to university[\s\S]*live on my own/);
    expect(chat.step).toBe('hopes.more');
    expect(await hopesOf(chat)).toEqual(['go to university', 'live on my own']);
  });

  it.each(['Did you change hope 2?', 'Did you change hope 2? Please answer yes or no.'])('%j: yes or no from what hope 2 says now', async (typed) => {
    chat = (await startWith({
      ...suki,
      hopes: [hope('go to university'), hope('live on my own')],
      change: (d) => ({ ...d, aspirations: d.aspirations.map((a, i) => (i === 1 ? { ...a, text: 'live on my own in a flat', earlierWords: ['live on my own'] } : a)) }),
      at: () => ({ stage: 'hopes', step: 'hopes.more' }),
    })).chat;
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/^Yes\b[\s\S]*live on my own in a flat/);
    expect(chat.step).toBe('hopes.more');
    expect(await hopesOf(chat)).toEqual(['go to university', 'live on my own in a flat']);
  });

  it('"Did you change hope 2?" about a hope never changed: no, and what it says', async () => {
    chat = (await startWith({ ...suki, hopes: [hope('go to university'), hope('live on my own')], at: () => ({ stage: 'hopes', step: 'hopes.theme', topic: 'health_and_wellbeing' }) })).chat;
    const replies = await chat.say('Did you change hope 2?');
    expect(saidIn(replies)).toMatch(/^No\b[\s\S]*live on my own/);
    expect(await hopesOf(chat)).toEqual(['go to university', 'live on my own']);
  });

  it('"wait what did i say already" at "another hope?": the hopes read back, nothing kept', async () => {
    chat = (await startWith({ today: '2026-12-06', name: 'Dylan', age: 23, hopes: [hope('live on my own')], at: () => ({ stage: 'hopes', step: 'hopes.more' }) })).chat;
    const replies = await chat.say('wait what did i say already');
    expect(saidIn(replies)).toMatch(/live on my own/);
    expect(chat.step).toBe('hopes.more');
    expect(await hopesOf(chat)).toEqual(['live on my own']);
  });

  it('a real hope with a question beside it is still kept', async () => {
    chat = (await startWith({ ...suki, hopes: [], at: () => ({ stage: 'hopes', step: 'hopes.dream' }) })).chat;
    await chat.say('I want to be a vet. Is that ok?');
    expect((await hopesOf(chat)).join(' ')).toMatch(/vet/);
  });

  it.each(['Is it normal that my dad hits me?', 'Do you know what to do if i want to die?', 'why does he touch me?'])('%j: a disclosure in a question is still heard', async (typed) => {
    chat = (await startWith({ ...suki, hopes: [], at: () => ({ stage: 'hopes', step: 'hopes.dream' }) })).chat;
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(CRISIS);
  });
});
