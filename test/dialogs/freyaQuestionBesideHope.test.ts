import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as said, startWith, type SeedHope } from './journeySeed';

/*
 * Freya asks a question at the end of a hope: "why are there so many questions". It is answered
 * briefly and never kept inside the hope; the hope is kept without it.
 */

const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
const hope = (text: string): SeedHope => ({ text, theme: 'learning_and_work', needs: [] });

describe('a question said after a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"sleep better lol. my brain wont shut up at night. why are there so many questions" keeps the hope without the question', async () => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Freya', age: 15, schoolYear: 10, hopes: [hope('tattoo artist')], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    const reply = said(await chat.say('sleep better lol. my brain wont shut up at night. why are there so many questions'));
    const hopes = await hopesOf(chat);
    expect(hopes.join(' ')).toMatch(/sleep better/);
    expect(hopes.join(' ')).not.toMatch(/why are there|questions/);
    expect(reply).toMatch(/part|question|step|left/i);
  });
});
