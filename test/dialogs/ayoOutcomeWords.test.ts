import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Ayo, 16, at his outcome about putting a game on itch.io: the site's name keeps its dot with no space
 * in the sentence read back and kept, and "it still says itch. io with a space. ugh whatever yes" is a
 * yes to it, never the outcome's new words.
 */

const GAME = { text: 'make my own games', theme: 'learning_and_work' as const, needs: ['i get anxious showing people my stuff'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atReadBack(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [GAME] }));
  const c = chat!;
  for (const t of ['put a game i made on itch.io by the end of year 11', 'people could play it', 'a job making games', 'mr okafor helping me']) await c.say(t);
  readBack = texts(await c.say('by the end of year 11'));
  expect(c.step).toBe(Step.outcomeConfirm);
  return c;
}
let readBack = '';

describe('itch.io in an outcome', () => {
  it('the read-back keeps "itch.io" with no space', async () => {
    await atReadBack();
    const shown = readBack;
    expect(shown).toMatch(/itch\.io/);
    expect(shown).not.toMatch(/itch\. io/);
  });

  it('"it still says itch. io with a space. ugh whatever yes" is a yes; the kept sentence says itch.io', async () => {
    const c = await atReadBack();
    const replies = texts(await c.say('it still says itch. io with a space. ugh whatever yes'));
    expect(replies).not.toMatch(/I will it still says/);
    expect(c.step).toBe(Step.outcomeAnother);
    const outcome = (await c.draft())?.outcomes[0];
    expect(outcome?.confirmed).toBe(true);
    expect(outcome?.statement).toMatch(/on itch\.io\b/);
  });
});
