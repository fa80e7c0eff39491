import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * A question back about the question ("which people", "help me with what", "with which one.
 * interviews or customers") is answered: the question said another way with an example, or "either
 * is fine" when it offers two things. Then the same question again; nothing is kept.
 */

const TRAIN: SeedHope = { text: 'travel on the train on my own', theme: 'independent_living', needs: ['interviews and customers'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

function kai(at: (hopeId: string) => Position): Seed {
  return { today: '2026-12-02', name: 'Kai', age: 19, hopes: [TRAIN], at: (draft) => at(draft.aspirations[0]!.id) };
}

async function drafted(chat: Transcript): Promise<string> {
  const draft = await chat.draft();
  return JSON.stringify([draft?.aboutMe, draft?.aspirations.map((a) => a.text), draft?.needs.map((n) => n.text), draft?.outcomes]);
}

const AT: Record<string, (hope: string) => Position> = {
  [Step.aboutMeStrengths]: () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths }),
  [Step.aboutMeImportant]: () => ({ stage: 'aboutMe', step: Step.aboutMeImportant }),
  [Step.aboutMeSupport]: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }),
  [Step.hopesDream]: () => ({ stage: 'hopes', step: Step.hopesDream }),
  [Step.hopesMore]: () => ({ stage: 'hopes', step: Step.hopesMore }),
  [Step.needsBarrier]: (topic) => ({ stage: 'needs', step: Step.needsBarrier, topic }),
  [Step.needsHelps]: (topic) => ({ stage: 'needs', step: Step.needsHelps, topic }),
  [Step.outcomeProvides]: (topic) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic }),
};

const ASKED: ReadonlyArray<readonly [StepId, string, RegExp]> = [
  [Step.aboutMeStrengths, 'which people', /for example/i],
  [Step.aboutMeSupport, 'that question is too vague. help me with what', /for example/i],
  [Step.aboutMeImportant, 'what do you mean', /for example/i],
  [Step.hopesDream, 'dreams like when i am asleep or do you mean what i want', /something you'd love in your life/i],
  [Step.hopesMore, 'what do you mean by that', /another hope/i],
  [Step.needsBarrier, 'what do you mean', /for example/i],
  [Step.needsHelps, 'with which one. interviews or customers', /either/i],
  [Step.outcomeProvides, 'those are two questions. which one do i answer', /either/i],
];

describe('a question about the question is answered, never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(ASKED)('at %s, "%s" is answered and the same question asked again', async (step, typed, answer) => {
    ({ chat } = await startWith(kai(AT[step]!)));
    const before = await drafted(chat);
    const said = texts(await chat.say(typed));
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/lovely to hear|I've kept|Thank you\. That will/i);
    expect(chat.step).toBe(step);
    expect(await drafted(chat)).toBe(before);
  });

  it.each([
    [Step.hopesDream, 'I want to know which college is best'],
    [Step.aboutMeSupport, 'help me with reading'],
    [Step.aboutMeImportant, 'what I like is football'],
  ] as const)('at %s, "%s" is a real answer and is kept', async (step, typed) => {
    ({ chat } = await startWith(kai(AT[step]!)));
    await chat.say(typed);
    expect(await drafted(chat)).toContain(typed);
  });
});
