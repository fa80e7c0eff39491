import { afterEach, describe, expect, it } from 'vitest';
import type { Position } from '../../dialogs/journey';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo } from './journeySeed';

/*
 * Audit: a message that gets "Are you OK?" or the full answer is never kept as plan words, at any question that keeps
 * them (about me, hope, hard thing, what helps, goal, how everyone will know), whether they then say they are OK or not.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const HOPE = { text: 'get a job', theme: 'learning_and_work' as const, needs: ['i get nervous talking to people'] };
const WALK: Record<string, string> = {
  [Step.outcomeStep]: 'i will work in a cafe two days a week',
  [Step.outcomeDoesForMe]: 'i would feel proud',
  [Step.outcomeMakesPossible]: 'save up for a car',
  [Step.outcomeProvides]: 'a job coach to come with me',
  [Step.outcomeWhen]: 'by july 2027',
};

const STEPS: readonly { step: string; at: (d: Draft) => Position }[] = [
  { step: Step.aboutMeStrengths, at: () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths }) },
  { step: Step.aboutMeImportant, at: () => ({ stage: 'aboutMe', step: Step.aboutMeImportant }) },
  { step: Step.aboutMeSupport, at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) },
  { step: Step.hopesDream, at: () => ({ stage: 'hopes', step: Step.hopesDream }) },
  { step: Step.needsBarrier, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) },
  { step: Step.needsHelps, at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }) },
  { step: Step.outcomeStep, at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) },
  { step: Step.outcomeMeasure, at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) },
];

/** The worry, and words of it that plan content must never hold. */
const WORRIES: readonly [string, RegExp][] = [
  ['i get scared when he shouts', /scared|shouts/i],
  ['sometimes i dont eat for days', /eat for days/i],
  ['he takes my money', /takes my money/i],
  ['i just want to disappear', /disappear/i],
];

function planWords(draft: Draft | undefined): string {
  if (!draft) return '';
  return JSON.stringify([draft.aboutMe, draft.aspirations.map((a) => a.text), draft.needs.map((n) => n.text), draft.outcomes.map((o) => [o.statement, o.measure, o.doesForMe, o.makesPossible, o.provision])]);
}

describe.each(STEPS)('at $step', ({ step, at }) => {
  it.each(WORRIES)('"%s" gets a check or the answer, and is never kept, OK or not', async (said, words) => {
    for (const reply of ['im ok', 'not really']) {
      ({ chat } = await startWith({ today: '2026-12-02', name: 'Jade', age: 19, hopes: [HOPE], at }));
      if (step === Step.outcomeMeasure) await walkTo(chat!, Step.outcomeMeasure, WALK);
      await chat!.say(said);
      expect(chat!.step, `${reply}: ${said}`).toBe(Step.safeguardingCheck);
      expect(planWords(await chat!.draft())).not.toMatch(words);
      await chat!.say(reply);
      if (chat!.step === Step.safeguardingCheck) await chat!.say('carry on');
      expect(planWords(await chat!.draft()), `after "${reply}"`).not.toMatch(words);
      await chat!.close();
      chat = undefined;
    }
  });
});

describe('the same words with no worry in them stay plan words', () => {
  it.each(['i get scared when people shout in the corridor', 'i get scared when the fire alarm goes off', 'i dont eat breakfast so i get tired by 11', 'i dont eat for hours when im gaming'])(
    '"%s" at the hard question is kept, with no check',
    async (said) => {
      ({ chat } = await startWith({ today: '2026-12-02', name: 'Jade', age: 19, hopes: [HOPE], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
      await chat!.say(said);
      expect(chat!.step).not.toBe(Step.safeguardingCheck);
      expect((await chat!.draft())?.needs.map((n) => n.text)).toContain(said);
    },
  );
});
