import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "you didnt answer me, who sees this plan?": the person's question is right there beside the
 * complaint. It is answered, or the bot quotes the part it could not read; it never says it
 * missed a question, and nothing is kept.
 */

const DRIVE: SeedHope = { text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] };
const MISSED = /missed your question|What would you like to ask/;

describe('a question typed beside "you didnt answer"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atHelps = async (): Promise<Transcript> =>
    (await startWith({ today: '2026-12-02', name: 'Aisha', age: 15, schoolYear: 10, hopes: [DRIVE], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) })).chat;

  it.each([
    ['you didnt answer me, who sees this plan?', /sees your answers|can see your answers/],
    ['you never answered my question. who will see it?', /sees your answers|can see your answers/],
    ['i asked you a question what is a key worker', /A key worker is the person/],
  ])('%j: answered, never "missed your question"', async (typed, answer) => {
    chat = await atHelps();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(answer);
    expect(said).not.toMatch(MISSED);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each([
    ['you didnt answer me. can my mum come to the meeting?', 'can my mum come to the meeting'],
    ['i asked you a question, will the bus be free?', 'will the bus be free'],
  ])('%j: the part not understood is quoted, nothing kept', async (typed, part) => {
    chat = await atHelps();
    const before = JSON.stringify((await chat.draft())?.needs);
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(`didn't understand this part: "${part}"`);
    expect(said).not.toMatch(MISSED);
    expect(JSON.stringify((await chat.draft())?.needs)).toBe(before);
  });
});
