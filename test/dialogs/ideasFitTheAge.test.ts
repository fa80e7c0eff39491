import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COLLEGE: SeedHope = { text: 'go to college', theme: 'learning_and_work', needs: ['gets anxious in new places'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const TODDLER_IDEAS = /nursery|spoon|coat on|play with other children|go to parties/i;

describe("a parent's \"I'm not sure\" gets ideas that fit the child's age", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('for a 15-year-old: a teenager\'s ideas by name at the step', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Leo', age: 15, schoolYear: 10, hopes: [COLLEGE] }));
    const atStep = texts(await chat.say("I'm not sure"));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(atStep).toMatch(/Leo will/);
    expect(atStep).not.toMatch(TODDLER_IDEAS);
  });

  it("for a 4-year-old: a young child's ideas", async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Maisie', age: 4, schoolYear: 0, hopes: [{ text: 'make a friend', theme: 'friends_and_community', needs: [] }] }));
    const atStep = texts(await chat.say("I'm not sure"));
    expect(atStep).toMatch(/Maisie will/);
    expect(atStep).toMatch(TODDLER_IDEAS);
  });

  it("at the dream question, a parent of a Year 9 hears of college and jobs, not riding a bike", async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Ava', age: 14, schoolYear: 9, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const ideas = texts(await chat.say('not sure'));
    expect(ideas).toMatch(/college|job/);
    expect(ideas).not.toMatch(/ride a bike|talk with us/);
  });
});
