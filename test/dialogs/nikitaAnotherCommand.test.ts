import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Nikita, 17, types fast on her phone. At "add another outcome?", "yeah add the one about going out
 * with my mates" is a yes that names what the next outcome is about: the step question is asked for
 * that hope, and "add the one about" never ends up in an outcome.
 */

const HOPES: SeedHope[] = [
  { text: 'work in a salon when i finish college', theme: 'learning_and_work', needs: ['reading the appointment book is hard'] },
  { text: 'go out with my mates more', theme: 'friends_and_community', needs: ['i get nervous on buses on my own'] },
  { text: 'pass my driving test', theme: 'independent_living', needs: ['the theory test has lots of reading'] },
];
const nikita = { today: '2026-12-03', name: 'Nikita', age: 17, schoolYear: 13, hopes: HOPES, at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) };

describe('"add the one about ..." at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['yeah add the one about going out with my mates', 1],
    ['do the one about going out with my mates', 1],
    ['lets do one for going out with my mates', 1],
    ['make one about my driving test', 2],
    ['ok add one about the driving', 2],
  ])('"%s" asks the step for that hope, and keeps nothing yet', async (typed, index) => {
    const started = await startWith(nikita);
    chat = started.chat;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[index]!.id);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('meet my mates in town on a saturday');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/meet my mates in town/i);
    expect(outcomes[0]!.statement).not.toMatch(/\b(?:add|do|make)\b.*\bone\b/i);
  });

  it('"add the one about" a thing no hope names: the bot asks which hope, never keeps the words', async () => {
    const started = await startWith(nikita);
    chat = started.chat;
    await chat.say('yeah add the one about money');
    expect([Step.outcomeStep, Step.outcomeAnother]).toContain(chat.step);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});
