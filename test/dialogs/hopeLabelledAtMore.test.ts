import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopeLabelled } from '../../src/language/hopeLabelled';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A foster carer whose last message was read wrongly types "no thats a different hope. HOPE: ...".
 * The "no" says the reading was wrong, not "no more hopes": the labelled hope is kept.
 */

const atMore: Seed = { today: '2026-12-07', who: 'parent_carer', name: 'Kayden', age: 9, schoolYear: 4, hopes: [{ text: 'to stay at his school', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesMore }) };

describe('a hope typed with a label at "another hope?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const hopes = async () => (await chat.draft())!.aspirations.map((a) => a.text);

  it.each(['no thats a different hope. HOPE: Kayden makes a friend', 'new hope: Kayden makes a friend', 'nope, another hope - Kayden makes a friend'])('%j keeps the hope and asks for more', async (typed) => {
    ({ chat } = await startWith(atMore));
    await chat.say(typed);
    expect(await hopes()).toEqual(['to stay at his school', 'Kayden makes a friend']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('a plain "no" still moves on with no new hope', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('no thats all');
    expect(await hopes()).toEqual(['to stay at his school']);
    expect(chat.step).not.toBe(Step.hopesMore);
  });

  it('reads only the labelled shape', () => {
    expect(hopeLabelled('no thats a different hope. HOPE: Kayden makes a friend')).toBe('Kayden makes a friend');
    expect(hopeLabelled('no my hope is he makes a friend')).toBeUndefined();
    expect(hopeLabelled('no. i hope: nothing')).toBeUndefined();
    expect(hopeLabelled('hope:')).toBeUndefined();
  });
});
