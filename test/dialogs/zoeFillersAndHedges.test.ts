import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "um", "like", "so", "well" said before an answer and "i guess", "idk", "or something", "lol"
 * said after it are how people talk, not part of what is hard or of the outcome: the words kept
 * are the answer itself.
 */
const GCSES: SeedHope = { text: 'get my gcses', theme: 'learning_and_work', needs: [] };

describe('thinking sounds before an answer and hedges after it are not kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['um like reading is hard i guess idk', 'reading is hard'],
    ['so i get distracted in class or something lol', 'i get distracted in class'],
    ['well, i cant spell i guess', 'i cant spell'],
  ])('"%s" at "what makes this hard?" is kept as "%s"', async (typed, kept) => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      who: 'self',
      name: 'Zoe',
      age: 14,
      schoolYear: 9,
      hopes: [GCSES],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say(typed);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual([kept]);
  });

  it.each([
    ['um like i will read a whole book on my own i guess idk', 'i will read a whole book on my own'],
    ['so i will pass english or something', 'i will pass english'],
  ])('"%s" at the outcome question is kept as "%s"', async (typed, kept) => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'self', name: 'Zoe', age: 14, schoolYear: 9, hopes: [{ ...GCSES, needs: ['reading is hard'] }] }));
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say(typed);
    expect((await chat.draft())?.outcomes.map((o) => o.statement.toLowerCase())).toEqual([kept]);
  });
});
