import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * "what do you mean provide? she needs proper speech therapy like every week": the question is
 * explained, and the answer typed after it is kept as the answer, never the question.
 */

const AVA = parentSeed({ name: 'Ava', age: 8, schoolYear: 3 }, [{ text: 'to talk with her friends', theme: 'friends_and_community', needs: ['people dont understand her speech'] }]);
const AT_PROVIDES: Partial<Seed> = {
  change: (d) => startOutcome(d, { statement: 'Ava will ask a friend to play using words', aspirationId: d.aspirations[0]!.id, needIds: [d.needs[0]!.id] }).draft,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
};
const EXPLAINED = 'What help would Ava need? For example';

describe('what the question means, asked and then answered in one message', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['what do you mean provide? she needs proper speech therapy like every week', 'proper speech therapy like every week'],
    ['what does that mean, speech therapy every week', 'speech therapy every week'],
    ['huh what do you mean by that? a speech therapist once a week', 'a speech therapist once a week'],
    ['wdym?? she needs speech therapy weekly', 'she needs speech therapy weekly'],
  ])('at "what would it provide?" "%s" is explained and "%s" kept as the help', async (typed, kept) => {
    ({ chat } = await startWith({ ...AVA, ...AT_PROVIDES }));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain(EXPLAINED);
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision.join(' ')).toContain(kept.replace(/^she needs /, ''));
    expect(provision.join(' ')).not.toMatch(/mean|wdym/);
    expect(chat.step).not.toBe(Step.outcomeProvides);
  });

  it('"what do you mean provide?" alone is explained, the same question asked, and nothing kept', async () => {
    ({ chat } = await startWith({ ...AVA, ...AT_PROVIDES }));
    const replies = await chat.say('what do you mean provide?');
    expect(saidIn(replies)).toContain(EXPLAINED);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('"what does that mean, he cant read the board so he sits at the front" at "what makes it hard?" keeps the hard thing, not the question', async () => {
    ({ chat } = await startWith({ ...AVA, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    const replies = await chat.say('what does that mean, he cant read the board so he sits at the front');
    expect(saidIn(replies)).toMatch(/gets in the way|makes this hard|hard/);
    const texts = (await chat.draft())!.needs.map((n) => [n.text, ...(n.helps ?? [])].join(' | '));
    expect(texts.join(' ')).toContain('cant read the board');
    expect(texts.join(' ')).not.toMatch(/mean/);
  });

  it('an answer that only uses the words ("what she means is she needs speech therapy") is kept whole', async () => {
    ({ chat } = await startWith({ ...AVA, ...AT_PROVIDES }));
    const replies = await chat.say('what she means is she needs speech therapy');
    expect(saidIn(replies)).not.toContain(EXPLAINED);
  });
});
