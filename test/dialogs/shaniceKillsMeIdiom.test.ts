import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, saidIn, typedTo, typedToNeedsFor, type Typed } from '../support/typedWay';

/* "which kills me", "is killing me with emails": a parent's idiom for how hard it is, never asked "Are you OK?". */
const MUM = { who: 'A parent or carer' as const, name: 'Tyrone', age: '9' };
const TYPED: Typed = { ...ABOUT_ME_TYPED, [Step.aboutMeSafe]: 'yes he does', ...typedToNeedsFor('to be a footballer') };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent saying something "kills me"', () => {
  it.each([
    [Step.needsBarrier, 'says hes a bad boy which kills me'],
    [Step.aboutMeImportant, 'says hes a bad boy which kills me'],
    [Step.needsBarrier, 'it kills me to see him upset'],
    [Step.needsBarrier, 'his teacher is killing me with emails'],
  ])('at %s, %j is quiet', async (at: StepId, said: string) => {
    chat = await typedTo(at, MUM, TYPED);
    const replies = saidIn(await chat.say(said));
    expect(replies).not.toMatch(/Are you OK|0808 800 5000|116 123/);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('"he says he wants to kill himself" is still heard', async () => {
    chat = await typedTo(Step.needsBarrier, MUM, TYPED);
    await chat.say('he says he wants to kill himself');
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});
