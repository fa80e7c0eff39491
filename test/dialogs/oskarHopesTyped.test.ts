import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A 12-year-old learning English answers the dream question with a question of his own ("future? like
 * when i am big?") and two hopes in short sentences. The question is answered, his hopes are kept in
 * his words; "no, not future. i say footballer" puts the hope just kept right.
 */

const OSKAR = { name: 'Oskar', age: '12' } as const;
const DREAM = 'future? like when i am big? i want be footballer. or bus driver like my tata, he drive number 42';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('hopes typed by a child learning English', () => {
  it('"future? like when i am big? ..." is answered yes, and both hopes are kept', async () => {
    chat = await typedTo(Step.hopesDream, OSKAR);
    const replies = saidIn(await chat.say(DREAM));
    expect(replies).toMatch(/when you are older/i);
    const hopes = (await chat.draft())!.aspirations.map((h) => h.text);
    expect(hopes.some((h) => /^(?:i want )?be (?:a )?footballer$/i.test(h)), hopes.join(' | ')).toBe(true);
    expect(hopes.some((h) => /bus driver like my tata/i.test(h)), hopes.join(' | ')).toBe(true);
    expect(hopes.join(' ')).not.toMatch(/future|when i am big/i);
  });
});

describe('"no, not future. i say footballer. or bus driver"', () => {
  it('puts right the hope just kept: the two jobs kept instead, never "no more hopes"', async () => {
    chat = await typedTo(Step.hopesDream, OSKAR);
    await chat.say('future. when i am big');
    const before = (await chat.draft())!.aspirations.map((h) => h.text);
    const replies = saidIn(await chat.say('no, not future. i say footballer. or bus driver'));
    const hopes = (await chat.draft())!.aspirations.map((h) => h.text);
    expect(before.length, `${before.join(' | ')} / ${replies}`).toBeGreaterThan(0);
    expect(hopes.join(' | '), replies).not.toMatch(/future/i);
    expect(hopes.some((h) => /footballer/i.test(h)), hopes.join(' | ')).toBe(true);
    expect(hopes.some((h) => /bus driver/i.test(h)), hopes.join(' | ')).toBe(true);
    expect(chat.step).toBe(Step.hopesMore);
  });
});
