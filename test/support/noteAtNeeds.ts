import { expect } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from './transcript';
import { CRISIS, saidIn, typedTo, typedToNeedsFor, type Person } from './typedWay';

/*
 * A parent's chat at "what already helps?" with one safety note made a moment before: the way many
 * tests of what a parent says about the note start.
 */

/** What is typed after the safety answer, each with what the reply must say when that matters. */
export type OnTheWay = ReadonlyArray<string | readonly [typed: string, says: RegExp]>;

/**
 * Types `hope` as the only hope, `flagged` at "what makes it hard?" (it gets the safety answer and a
 * note), then `onTheWay` in turn, and is then at "what already helps?" with that one note.
 */
export async function atWhatHelpsWithANote(parent: Person, hope: string, flagged: string, onTheWay: OnTheWay): Promise<Transcript> {
  const chat = await typedTo(Step.needsBarrier, parent, typedToNeedsFor(hope), { safeguarding: 'lead' });
  expect(saidIn(await chat.say(flagged))).toMatch(CRISIS);
  for (const step of onTheWay) {
    const [typed, says] = typeof step === 'string' ? [step, undefined] : step;
    const replies = await chat.say(typed);
    if (says) expect(saidIn(replies)).toMatch(says);
  }
  expect(chat.step).toBe(Step.needsHelps);
  expect((await chat.draft())?.flags).toHaveLength(1);
  return chat;
}
