import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COLLEGE: SeedHope = { text: 'Go to college to study animals', theme: 'learning_and_work', needs: ['Reading is hard'] };
const SLEEP: SeedHope = { text: 'Sleep better at night', theme: 'health_and_wellbeing', needs: ['I wake up a lot'] };
const TELL: SeedHope = { text: 'Be able to tell teachers when I am stuck', theme: 'learning_and_work', needs: ['I find it hard to speak up'] };
const DRIVE: SeedHope = { text: 'Learn to drive a car', theme: 'independent_living', needs: ['I have dyspraxia'] };

describe('asking at the outcome step to work on another hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['what about sleep and the telling teachers one? do those', 1],
    ['can we do the driving one', 3],
  ])('"%s" moves to that hope and asks its step question', async (typed, index) => {
    const started = await startWith({ today: '2025-03-10', age: 16, schoolYear: 11, hopes: [COLLEGE, SLEEP, TELL, DRIVE] });
    chat = started.chat;
    const wanted = started.seeded.aspirations[index]!;
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[0]!.id);

    await chat.say(typed);

    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(wanted.id);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/do those|driving one/);
  });
});
