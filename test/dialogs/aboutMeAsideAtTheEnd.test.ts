import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * An aside at the end of an "about me" answer ("no offence mum", "my hands are tired now") is said
 * to the room, not about them: it is never kept with the answer. Words about them stay.
 */
describe('an aside at the end of an about me answer is not kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['my nan and my dog. no offence mum', 'my nan and my dog'],
    ['my xbox and my mates, no offence mum', 'my xbox and my mates'],
    ['drawing and my cat. my hands are tired now', 'drawing and my cat'],
  ])('%j is kept as %j', async (typed, kept) => {
    chat = await typedTo(Step.aboutMeSupport, {}, { [Step.aboutMeImportant]: typed });
    expect((await chat.draft())?.aboutMe.important).toEqual([kept]);
  });

  it.each(['my hands get tired when I write, so breaks help', 'my mum, no matter what'])('leave alone: %j is kept as typed', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, {}, { [Step.aboutMeSupport]: typed });
    expect(JSON.stringify((await chat.draft())?.aboutMe.support)).toContain(typed);
  });
});
