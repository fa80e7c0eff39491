import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * Asking for the note off while telling of harm, the harm broken up by commas: what is said beside
 * the request is still heard, never set aside as talk about the note. The rules may miss the broken
 * sentence; "Are you OK?" at least is asked, and nothing of it is kept as a hard thing.
 */
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to get better at reading',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('asking the note off with harm said beside it, before any note', () => {
  it.each(['remove the note, my dad, when hes drunk, hits us', 'take the note off, at home, i dont feel safe'])('%j: asked after, nothing kept as a hard thing', async (typed) => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(/Are you OK\?|0800 1111/);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"remove the note please, im so upset you said that": talk about the note only, never asked after', async () => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    const replies = saidIn(await chat.say('remove the note please, im so upset you said that'));
    expect(replies).not.toMatch(/Are you OK\?/);
    expect(replies).not.toMatch(CRISIS);
  });
});
