import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Sam, 20, was noted for carrying a package for money. Later, at a plan question, he says "i have no money left. i hate
 * myself". The money is not "more of" a note about his home (there was none): every sentence is read as ever, and
 * "i hate myself" is asked after, never kept as a hard thing.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function notedThenBackAtTheDream(): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 20, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
  await chat!.say('he pays me 20 to drop a package round');
  expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  await chat!.say('yes');
  await chat!.say('carry on');
  expect(chat!.step).toBe(Step.hopesDream);
  return chat!;
}

describe('a home sign after a note about something else', () => {
  it.each(['i have no money left. i hate myself', 'i sleep on the floor. i hate myself', 'i hate myself. i have no money left'])('%j is read, never kept', async (said) => {
    const chat = await notedThenBackAtTheDream();
    const replies = saidIn(await chat.say(said));
    expect(replies).not.toContain(standard('safeguarding:toldMore.added'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(JSON.stringify((await chat.draft())?.aspirations)).not.toMatch(/hate myself/);
  });

});
