import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Freya, 15, types fast in lower case. "change it to just tattoo artist" at the hopes: "just" says
 * only those words, it is no part of the hope.
 */

const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
const hope = (text: string): SeedHope => ({ text, theme: 'learning_and_work', needs: [] });

describe('Freya puts a hope right with "just"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"change it to just tattoo artist" keeps "tattoo artist"', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Freya', age: 15, schoolYear: 10, hopes: [hope('tattoo artist maybe?? my mum says tattoo isnt a real job lol')], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    await chat.say('change it to just tattoo artist');
    expect(await hopesOf(chat)).toEqual(['tattoo artist']);
  });
});
