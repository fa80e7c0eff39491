import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { saysAHopeWasMissed } from '../../src/language/hopeMissed';

/*
 * Precious at the hopes: "You forget the first one, the most important!" was kept as help. It is a
 * complaint that a hope was missed: the hopes kept are read back, she is asked which one was
 * missed, and the hope she types next is kept. Nothing is kept from the complaint.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('reading a complaint that a hope was missed', () => {
  it.each(['You forget the first one, the most important!', 'you forgot the first one', 'u missed one out', 'you left out the most important one', 'You miss the first hope!'])('"%s"', (said) => {
    expect(saysAHopeWasMissed(said)).toBe(true);
  });
  it.each(['i always forget my homework', 'i want to stop missing the bus', 'you forgot to ask about school but thats ok', 'he forgets his first words'])('"%s" is not', (said) => {
    expect(saysAHopeWasMissed(said)).toBe(false);
  });
});

describe('"You forget the first one, the most important!" at the hopes', () => {
  it('reads the hopes back, asks which was missed, keeps nothing, and keeps the hope said next', async () => {
    chat = await typedTo(Step.hopesMore, { who: 'A parent or carer', name: 'Tayo', age: '9' }, { [Step.hopesDream]: 'he wants to read better' });
    const before = (await chat.draft())!;
    const replies = await chat.say('You forget the first one, the most important!');
    expect(saidIn(replies)).toMatch(/read better/);
    expect(saidIn(replies)).toMatch(/Which hope did I miss/);
    const after = (await chat.draft())!;
    expect(after.aspirations).toEqual(before.aspirations);
    expect(after.needs).toEqual(before.needs);
    expect(chat.step).toBe(Step.hopesMore);
    await chat.say('he wants to make friends at school');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('he wants to make friends at school');
  });

  it('a plain disclosure beside it is still heard', async () => {
    chat = await typedTo(Step.hopesMore, { who: 'A parent or carer', name: 'Tayo', age: '9' }, { [Step.hopesDream]: 'he wants to read better' });
    await chat.say('You forget the first one! he says his dad hits him');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
