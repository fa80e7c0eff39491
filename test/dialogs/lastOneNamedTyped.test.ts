import { afterEach, describe, expect, it } from 'vitest';
import { Stage, Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * At "another outcome?", the next one is named with "then I'm done": the hope named is asked about,
 * the ending is never part of the outcome, and once it is saved the outcomes end with no "another?".
 */

const IMRAN_HOPES: SeedHope[] = [
  { text: 'be a mechanic', theme: 'learning_and_work', needs: [] },
  { text: 'pass my gcses i guess mum says i need maths and english to do the college course', theme: 'learning_and_work', needs: [] },
  { text: 'stop getting sent out', theme: 'learning_and_work', needs: [] },
];
const imran = { today: '2026-12-03', name: 'Imran', age: 14, schoolYear: 9, hopes: IMRAN_HOPES, at: (d: { aspirations: { id: string }[] }) => ({ stage: Stage.outcomes, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) };

const ELLIE_HOPES: SeedHope[] = [
  { text: 'to talk so people understand her', theme: 'health_and_wellbeing', needs: [] },
  { text: 'to learn to swim', theme: 'health_and_wellbeing', needs: [] },
  { text: 'to have friends and be invited to tea', theme: 'friends_and_community', needs: [] },
];
const margaret = {
  today: '2026-12-03', who: 'parent_carer' as const, name: 'Ellie-May', age: 6, schoolYear: 1, hopes: ELLIE_HOPES,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: Stage.outcomes, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('"the gcse one then im done" at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asks the step for the GCSE hope, keeps none of the ending, and ends the outcomes after it', async () => {
    const started = await startWith(imran);
    chat = started.chat;
    await chat.say('one more the gcse one then im done');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    for (const typed of ['get a 4 in maths and english', 'end of year 11', 'my results slip would say it', 'id be proud', 'do the mechanics course at college', 'extra time and a reader', 'yeah thats right']) {
      await chat.say(typed);
    }
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]!.statement).toMatch(/I will get a 4 in maths and English/);
    expect(JSON.stringify(draft)).not.toMatch(/im done|gcse one/i);
  });
});

describe('"One more please, for the swimming. Then I must go and fetch her from school."', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asks the step for the swimming hope and never keeps the rest as the outcome', async () => {
    const started = await startWith(margaret);
    chat = started.chat;
    await chat.say('One more please, for the swimming. Then I must go and fetch her from school.');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/fetch her|please, for/i);
  });
});
