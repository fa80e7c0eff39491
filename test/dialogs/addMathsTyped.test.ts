import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/* "add maths" asks for maths to go on the list of hard things: kept as "maths", never a hope called "add maths". */

const COLLEGE: SeedHope = { text: 'go to college', theme: 'learning_and_work', needs: ['I find reading hard'] };
const FRIENDS: SeedHope = { text: 'make friends', theme: 'friends_and_community', needs: [] };

const atNeeds = (at: Omit<Position, 'stage' | 'topic'>) => (d: Draft): Position => ({ stage: 'needs', topic: d.aspirations[0]!.id, ...at });

describe('"add maths" and the like at the hard things', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['add maths', 'maths', { step: Step.needsBarrier }],
    ['add maths', 'maths', { step: Step.needsBarrier, data: { check: 'yes' } }],
    ['add maths', 'maths', { step: Step.needsMore }],
    ['pls add spelling too', 'spelling', { step: Step.needsMore }],
    ['put down loud noises', 'loud noises', { step: Step.needsBarrier }],
  ])('"%s" keeps "%s" as a hard thing', async (typed, kept, at) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [COLLEGE, FRIENDS], at: atNeeds(at) }));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toContain(kept);
    expect(draft.needs.map((n) => n.text).join(' ')).not.toMatch(/\badd\b|put down/i);
    expect(draft.aspirations.map((a) => a.text)).toEqual(['go to college', 'make friends']);
  });

  it('"add up money" is a hard thing in its own words', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [COLLEGE, FRIENDS], at: atNeeds({ step: Step.needsBarrier }) }));
    await chat.say('add up money');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('add up money');
  });

  it.each(['add maths', 'can you add spelling'])('"%s" at the review is offered as a hard thing, never a hope', async (typed) => {
    ({ chat } = await startWith(jadeAtReview()));
    const before = (await chat.draft())!;
    let question = saidIn(await chat.say(typed));
    expect(question).not.toMatch(/didn't catch/i);
    for (let i = 0; i < 3 && (await chat.draft())!.needs.length === before.needs.length; i++) {
      question = saidIn(await chat.say(/Which (?:dream|hope)/i.test(question) ? '2' : 'yes'));
    }
    const after = (await chat.draft())!;
    expect(after.needs.length).toBe(before.needs.length + 1);
    expect(after.needs.some((n) => n.text === typed.replace(/^.*add /, ''))).toBe(true);
    expect(after.aspirations.length).toBe(before.aspirations.length);
  });

  it.each(['add my dad hits me', 'add he touches me', 'i want to die'])('"%s" at the hard things is heard as a worry first', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [COLLEGE, FRIENDS], at: atNeeds({ step: Step.needsBarrier }) }));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
