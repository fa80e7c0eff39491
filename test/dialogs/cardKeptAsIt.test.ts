import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * A 22-year-old's hope to use their own card is theirs, and only that wish is set aside: "but dale keeps it" after it
 * is the card held by someone else, said as "it", and is heard (exploitation, the card answer). Family keeping it
 * safe, or their own losing it, is no worry; a support worker teaching them is the hope alone.
 */
const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

async function saysAtHopes(said: string) {
  chat = await typedTo(Step.hopesDream, { age: '22', name: 'Jo' });
  return saidIn(await chat.say(said));
}

describe('their own card, kept by someone else', () => {
  it.each([
    'i want to learn to use my card but dale keeps it and i dont know where my money goes',
    'i want to manage my own money but my mate has my pin and takes it out',
    'want to do my own shopping but kev keeps my bank card',
    'id like to use my bank card but my mate has it',
    'i want to pay with my card myself but dale takes it every friday',
    'learn to use my debit card cos this guy keeps it',
  ])('%j: a note and the card answer', async (said) => {
    const replies = await saysAtHopes(said);
    expect(replies).toContain(standard('safeguarding:cardHeld.heard'));
    expect((await chat!.draft())?.flags.map((f) => f.category)).toEqual(['exploitation']);
  });

  it.each([
    'i want to learn to use my card, my support worker is teaching me',
    'i want to learn to use my card but my mum keeps it safe for me',
    'i want to learn to use my card but i keep losing it',
    'i want to use my card but it keeps getting declined',
  ])('%j: no note', async (said) => {
    await saysAtHopes(said);
    expect(chat!.step).not.toBe(Step.safeguardingCheck);
    expect((await chat!.draft())?.flags).toEqual([]);
  });
});
