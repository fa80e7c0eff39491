import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';
import { hopesIn } from '../../src/language/hopesInMessage';

/*
 * Precious (a mother, English her second language) wrote her son's hopes as one paragraph: "First
 * he wants to ... Second ... and also ...". The first was dropped. Every hope counted is kept.
 */

const PARAGRAPH = 'First he wants to make friends at school. Second he wants to read better and also he wants to learn to swim.';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a paragraph with three hopes, counted', () => {
  it.each([
    [PARAGRAPH, ['he wants to make friends at school', 'he wants to read better', 'he wants to learn to swim']],
    ['First, he want to speak more clear. Second he want to go to football club and also he want to be more independent at home.', ['he want to speak more clear', 'he want to go to football club', 'he want to be more independent at home']],
  ])('"%s" is three hopes', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });

  it('all three are kept at the dream question', async () => {
    chat = await typedTo(Step.hopesDream, { who: 'A parent or carer', name: 'Tayo', age: '9' });
    await chat.say(PARAGRAPH);
    const kept = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(kept).toHaveLength(3);
    expect(kept.join(' | ')).toMatch(/make friends at school.*read better.*learn to swim/);
  });

  it('a plain disclosure in the paragraph is still heard', async () => {
    chat = await typedTo(Step.hopesDream, { who: 'A parent or carer', name: 'Tayo', age: '9' });
    await chat.say('First he wants to make friends at school. Second he says he dont get fed at home.');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
