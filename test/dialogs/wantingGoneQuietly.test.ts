import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/*
 * Wanting to be gone, typed at the dream question without its usual words (a weight others carry,
 * nowhere in five years, heaven now), is met with help or "Are you OK?" and never kept as a hope;
 * the same words about a move or a pet are not interrupted.
 */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atTheirDream(age = '14'): Promise<Transcript> {
  chat = await typedTo(Step.hopesDream, { name: 'Sam', age });
  return chat;
}

/** The bot answered with help or asked "Are you OK?" first. */
const reached = (text: string) => text.includes(standard('safeguarding:childline')) || text.includes(standard('safeguarding:gentle.question'));

describe('wanting to be gone, said quietly at the dream question', () => {
  it.each([
    'in 5 years? i wont be anywhere',
    'mum be beter wivout me',
    'im tired. not tired like sleep. tired of being me',
    'i wan to go to heven wiv my nan now. i dont wan to stay',
  ])('%j is heard, not kept as a hope', async (text) => {
    const chat = await atTheirDream();
    const replies = await chat.say(text);
    expect(reached(said(replies))).toBe(true);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each(['my hamster gone to heaven and i want to be a vet', 'in 2 years i wont be at this school, i want to go to college'])('%j is not interrupted', async (text) => {
    const chat = await atTheirDream();
    const replies = await chat.say(text);
    expect(reached(said(replies))).toBe(false);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
