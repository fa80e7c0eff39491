import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Jack dictates: no stops. At "what makes this hard?", a complaint with "how do i delete things" is
 * answered (sorry once, how to delete, the last hope offered to take out) and never kept; a grumble
 * before "whats hard is ..." is not kept, and the words after it are the hard thing.
 */

const needsOf = async (chat: Transcript) => (await chat.draft())?.needs.map((n) => n.text) ?? [];
const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const DREAM = 'i want to live in my own flat with some support and i want to get a job in IT support like on a help desk';
const atHard = () => typedTo(Step.needsBarrier, { name: 'Jack', age: '22' }, typedToNeedsFor(DREAM));
const COMPLAINT = 'oh my god your doing it again that was not a hope i asked you to delete stuff. how do i delete things';
const GRUMBLE_THEN_HARD = 'thats not what i wrote as a hope but fine if that means the IT job then whats hard is getting to work on the bus with the ramp';

describe('a complaint and "how do i delete things" at what makes it hard', () => {
  it('says sorry once, says how to delete, offers to take out the last hope, and keeps nothing', async () => {
    chat = await atHard();
    const hopes = await hopesOf(chat);
    const replies = await chat.say(COMPLAINT);
    const said = saidIn(replies);
    expect(said.match(/sorry/gi)).toHaveLength(1);
    expect(said).toMatch(/"delete"/);
    expect(said).toMatch(/take out "i want to get a job in IT support/i);
    expect(await needsOf(chat)).toEqual([]);
    expect(chat.lastQuestion?.choices).toEqual(expect.arrayContaining([expect.stringMatching(/yes/i)]));
    // A yes takes the last hope out; the hard things question for the flat is asked again.
    await chat.say('yes please');
    expect(await hopesOf(chat)).toEqual([hopes[0]]);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(await needsOf(chat)).toEqual([]);
  });

  it('"how do i delete things" with a complaint that names no kind still keeps nothing', async () => {
    chat = await atHard();
    await chat.say('your doing it again i asked you to delete stuff how do i delete things');
    expect(await needsOf(chat)).toEqual([]);
    expect(await hopesOf(chat)).toHaveLength(2);
  });
});

describe('a grumble, then "whats hard is ..."', () => {
  it('keeps only the words after "whats hard is" as the hard thing', async () => {
    chat = await atHard();
    await chat.say(GRUMBLE_THEN_HARD);
    expect(await needsOf(chat)).toEqual(['getting to work on the bus with the ramp']);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('said after the offer to take out a hope, it is a no, and the hard thing is kept', async () => {
    chat = await atHard();
    await chat.say(COMPLAINT);
    await chat.say(GRUMBLE_THEN_HARD);
    expect(await hopesOf(chat)).toHaveLength(2);
    expect(await needsOf(chat)).toEqual(['getting to work on the bus with the ramp']);
  });
});
