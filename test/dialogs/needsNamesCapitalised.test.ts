import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* "my mum sarah helps me": people's names typed in lower case get their capitals in the needs and help kept, as in outcomes. */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: [] };

async function atNeeds(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2025-03-10', age: 17, hopes: [FLAT], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
  return chat;
}

describe('names typed in lower case at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my mum sarah helps me" is kept as help with "Sarah"', async () => {
    chat = await atNeeds();
    await chat.say('cooking is hard for me');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my mum sarah helps me');
    const helps = (await chat.draft())?.needs[0]?.helps ?? [];
    expect(helps.join(' ')).toMatch(/\bmy mum Sarah helps me\b/i);
    expect(helps.join(' ')).toMatch(/Sarah/);
  });

  it('"i cant cook when my sister amy is watching" is kept as a need with "Amy"', async () => {
    chat = await atNeeds();
    await chat.say('i cant cook when my sister amy is watching');
    const needs = (await chat.draft())?.needs.map((n) => n.text) ?? [];
    expect(needs.join(' ')).toMatch(/my sister Amy/);
  });

  it('a word that is no name stays as typed: "my mum helps me"', async () => {
    chat = await atNeeds();
    await chat.say('cooking is hard for me');
    await chat.say('my mum helps me');
    expect(((await chat.draft())?.needs[0]?.helps ?? []).join(' ')).toMatch(/my mum helps me/i);
  });

  // A disclosure at the help question is still heard.
  it.each(['my dad hits me', 'he touches me'])('"%s" at "what helps?" is heard', async (typed) => {
    chat = await atNeeds();
    await chat.say('cooking is hard for me');
    const replies = await chat.say(typed);
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.safeguardingCheck);
    expect(JSON.stringify((await chat.draft())?.needs ?? [])).not.toMatch(/hits|touches/);
  });
});
