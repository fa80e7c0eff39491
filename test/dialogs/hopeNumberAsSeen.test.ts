import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "delete number 3" at the hopes questions means the third hope of the list the person last saw:
 * the hopes just read back from one message, or every hope when they asked to see them all.
 * Typed with a slip or in words ("numer 3", "the third one") it means the same.
 */

const seed = (hopes: string[]): Seed => ({
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: hopes.map((text) => ({ text, theme: null, needs: [] })),
  at: () => ({ stage: 'hopes', step: Step.hopesMore }),
});

const said = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

describe('a hope named by its number in the list seen', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['delete number 3'], ['delete numer 3'], ['delete the 3rd one'], ['delete number three'], ['can u delete the third one']])(
    'after three hopes read back from one message, "%s" offers the third of them',
    async (typed) => {
      ({ chat } = await startWith(seed(['be a vet'])));
      await chat.say('I want to have friends, learn to cook and go to college');
      const asked = said(await chat.say(typed));
      expect(asked).toContain('go to college');
      expect(asked).not.toContain('learn to cook');
      await chat.say('yes');
      expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be a vet', 'I want to have friends', 'learn to cook']);
    },
  );

  it.each([['delete number 3'], ['delete the third one']])('after every hope is listed, "%s" offers the third of the whole list', async (typed) => {
    ({ chat } = await startWith(seed(['be a vet'])));
    await chat.say('I want to have friends, learn to cook and go to college');
    await chat.say('show my hopes');
    const asked = said(await chat.say(typed));
    expect(asked).toContain('learn to cook');
    expect(asked).not.toContain('go to college');
  });
});
