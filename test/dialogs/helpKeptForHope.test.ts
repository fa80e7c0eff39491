import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';
import { asksHelpKeptFor } from '../../src/language/helpKeptAsked';

/*
 * Harvey: "did you save the help i need for the game one?" was answered about the hope. He asked
 * about the help: the help kept for that hope is listed, or he is told none is kept yet and how it
 * will be added. Nothing is kept from the question, and the same question waits.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('reading a question about the help kept for a hope', () => {
  it.each([
    ['did you save the help i need for the game one?', 'game'],
    ['have u kept the support for my college hope', 'college'],
    ['did you get the help for the game one', 'game'],
  ])('"%s" asks about the help for the %s hope', (said, hope) => {
    expect(asksHelpKeptFor(said)).toContain(hope);
  });

  it.each(['did you save that?', 'i need help for the game one', 'did you save the game one?'])('"%s" does not', (said) => {
    expect(asksHelpKeptFor(said)).toBeUndefined();
  });
});

describe('"did you save the help i need for the game one?"', () => {
  it('with no help kept yet: says so for that hope, and the same question waits', async () => {
    chat = await typedTo(Step.hopesMore, { name: 'Harvey', age: '15' }, { [Step.hopesDream]: 'go to college. and make my own game' });
    const before = (await chat.draft())!;
    const replies = await chat.say('did you save the help i need for the game one?');
    expect(saidIn(replies)).toMatch(/no help for "make my own game" yet/i);
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations).toEqual(before.aspirations);
  });

  it('with help kept for what makes it hard: lists it', async () => {
    chat = await typedTo(Step.needsMore, { name: 'Harvey', age: '15' }, {
      [Step.hopesDream]: 'make my own game',
      [Step.hopesMore]: 'no',
      [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
      [Step.needsBarrier]: 'i find coding hard',
      [Step.needsHelps]: 'a coding club after school',
    });
    const replies = await chat.say('did you save the help i need for the game one?');
    expect(saidIn(replies)).toMatch(/a coding club after school/);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('a plain disclosure in the same place is still heard', async () => {
    chat = await typedTo(Step.hopesMore, { name: 'Harvey', age: '15' }, { [Step.hopesDream]: 'go to college. and make my own game' });
    await chat.say('did you save the help i need for the game one? he touches me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
