import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * At "do you feel safe?" a young person puts an earlier answer right: "no i meant nan goes with the
 * cat one. the important one". It points at an answer they gave before, so it is a correction: the
 * answer is fixed (or the bot asks), the safety question is asked again, and nothing is flagged.
 */

const TWELVE = { age: '12' };
const EARLIER = { [Step.aboutMeImportant]: 'my cat', [Step.aboutMeSupport]: 'give me time' };

describe('a correction of an earlier answer at the safety question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'no i meant nan goes with the cat one. the important one',
    'no i was saying my nan goes with the cat one',
    'sorry nan was for the important one',
  ])('%j adds nan to what is important, asks about safety again, and flags nothing', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, TWELVE, EARLIER);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/nan/i);
    expect(chat.step).toBe(Step.aboutMeSafe);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.aboutMe.important.join(' ')).toMatch(/nan/i);
    await chat.say('yeah i do');
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('a correction naming no answer it can find is heard: nothing kept, the safety question again, no flag', async () => {
    chat = await typedTo(Step.aboutMeSafe, TWELVE, EARLIER);
    const replies = await chat.say('no i meant the other one');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: "no i mean not online" is still "not always", with the help lines and a flag', async () => {
    chat = await typedTo(Step.aboutMeSafe, TWELVE, EARLIER);
    const replies = await chat.say('no i mean not online');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
