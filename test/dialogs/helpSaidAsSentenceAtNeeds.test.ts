import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "quiet time in his room helps a bit" at "what makes it hard?" says what helps: kept as help (with
 * the need said next, or the need just kept), never as a need. A hard thing or "nothing helps" is not help.
 */

const FRIENDS: SeedHope = { text: 'to make friends at school', theme: 'friends_and_community', needs: [] };
const atNeeds = parentSeed({ name: 'Leo', age: 9, schoolYear: 4 }, [FRIENDS], {
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
});

describe('what helps, said as a sentence at the hard-things questions, is help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"quiet time in his room helps a bit" first: kept with the need said next', async () => {
    ({ chat } = await startWith(atNeeds));
    const said = saidIn(await chat.say('quiet time in his room helps a bit'));
    expect(said).toMatch(/"quiet time in his room" as help/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
    await chat.say('he gets overwhelmed after school');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => [n.text, n.helps])).toEqual([['he gets overwhelmed after school', ['quiet time in his room']]]);
  });

  it('at "anything else hard?", it is kept with the need just given', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('he gets overwhelmed after school');
    await chat.say('somebody');
    expect(chat.step).toBe(Step.needsMore);
    await chat.say('quiet time in his room helps a bit');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => [n.text, n.helps])).toEqual([['he gets overwhelmed after school', ['somebody', 'quiet time in his room']]]);
  });

  it.each(['he gets overwhelmed when it is noisy', 'nothing helps him at school', 'he helps his dad in the garden but hates school'])('leave alone: "%s" is kept as something hard', async (typed) => {
    ({ chat } = await startWith(atNeeds));
    await chat.say(typed);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual([typed]);
  });
});
