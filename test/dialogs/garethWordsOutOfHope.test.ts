import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/* Gareth, dad of Ffion (6): "take out just that" takes those words out of the hope, never the whole hope. */

const FFION = { name: 'Ffion', age: 6, schoolYear: 2 };
const HOPES = [
  { text: 'Ffion to swim without armbands just that', theme: 'health_and_wellbeing' as const, needs: [] },
  { text: 'Ffion to be dry in the day, be realistic', theme: 'health_and_wellbeing' as const, needs: [] },
];

async function atHopesMore(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed(FFION, HOPES, { at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
  return chat;
}

describe('words named to take out of a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['take out just that, it reads weird', 0, 'just that'],
    ['remove the words just that from the first hope', 0, 'just that'],
    ["take out 'be realistic' that was me talking to myself", 1, 'be realistic'],
    ['take out “be realistic” that was me talking to myself', 1, 'be realistic'],
  ])('%j takes those words out of the hope', async (typed, at, words) => {
    chat = await atHopesMore();
    const reply = saidIn(await chat.say(typed));
    const hopes = (await chat.draft())!.aspirations;
    expect(reply).toMatch(/taken out/);
    expect(reply).not.toMatch(/Shall I take out/);
    expect(hopes).toHaveLength(2);
    expect(hopes[at]!.text).not.toContain(words);
    expect(hopes[at]!.text).toMatch(at === 0 ? /swim without armbands/ : /dry in the day/);
  });

  it('"remove the swimming one" still offers to take the whole hope out', async () => {
    chat = await atHopesMore();
    expect(saidIn(await chat.say('remove the swimming one'))).toMatch(/Shall I take out "Ffion to swim without armbands just that"/);
    expect((await chat.draft())!.aspirations[0]!.text).toBe('Ffion to swim without armbands just that');
  });

  it.each(['take out just that. my dad hits me', 'take out just that, i want to die', 'take out be realistic. he touches me'])('%j is heard as a disclosure', async (typed) => {
    chat = await atHopesMore();
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
