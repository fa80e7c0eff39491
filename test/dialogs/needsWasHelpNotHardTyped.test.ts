import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * A parent answered "what makes this hard?" with what her son needs, then at "what already helps?" wrote
 * "that was what he NEEDS not whats hard": a correction. The answer just kept moves from the hard things
 * to what helps, and the correction itself is never kept.
 */

const HOPES = [{ text: 'Leo will go to secondary school', theme: 'learning_and_work' as const, needs: [] }];
const ANSWER = 'lots of routine';
const seed = parentSeed({ name: 'Leo', age: 10, schoolYear: 6 }, HOPES, {
  at: (d) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
});

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"that was what he needs, not what is hard" at "what already helps?"', () => {
  it.each([
    'that was what he NEEDS not whats hard',
    'no i meant that helps him',
    'wrong box, thats what helps',
    'thats what he needs not what is hard',
    'sorry that was what helps him',
    'no thats what she needs',
  ])('"%s": the answer moves to what helps; nothing of the correction is kept', async (typed) => {
    chat = (await startWith(seed)).chat;
    await chat.say(ANSWER);
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(typed);
    const draft = (await chat.draft())!;
    const all = JSON.stringify(draft.needs) + JSON.stringify(draft.aboutMe);
    expect(draft.needs.map((n) => n.text)).not.toContain(ANSWER);
    expect(all).toContain('lots of routine');
    expect(all.toLowerCase()).not.toMatch(/whats hard|wrong box|i meant|what helps him/);
  });

  it('"i put that in the wrong place": the answer is not kept as help, nor the remark', async () => {
    chat = (await startWith(seed)).chat;
    await chat.say(ANSWER);
    await chat.say('i put that in the wrong place');
    const all = JSON.stringify((await chat.draft())!.needs);
    expect(all).not.toMatch(/wrong place/);
  });

  it.each(['he needs a quiet space', 'his TA helps him'])('"%s" is still an answer: kept as help', async (typed) => {
    chat = (await startWith(seed)).chat;
    await chat.say('he gets overwhelmed by noise');
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toContain('he gets overwhelmed by noise');
  });
});
