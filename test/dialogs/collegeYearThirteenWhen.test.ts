import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, typedToNeedsFor } from '../support/typedWay';

/* Someone at college or out of education types their age or year: "by when?" offers only times that fit them. */

const atWhen = (age: string, today: string) =>
  typedTo(
    Step.outcomeWhen,
    { name: 'Jade', age },
    {
      ...typedToNeedsFor('i want to work with animals'),
      [Step.needsBarrier]: 'i get nervous talking to new people',
      [Step.needsHelps]: 'my tutor helps me practise',
      [Step.needsMore]: 'no',
      [Step.outcomeStep]: 'ask for a work placement at the vets on my own',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'get a job with animals',
      [Step.outcomeProvides]: 'a job coach',
    },
    { today },
  );

describe('"by when?" choices for a college student or a young adult', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['im 18 and in year 13 at college', '2026-12-07'],
    ['year 13 at college', '2027-02-10'],
    ['19 at college', '2026-12-07'],
    ['20 im in my 3rd year of college', '2027-02-10'],
    ['year 15', '2026-12-07'],
    ['20 i left school', '2026-12-07'],
  ])('"%s" (%s) is offered no school year and no school stage', async (age, today) => {
    chat = await atWhen(age, today);
    const labels = chat.lastQuestion?.choices ?? [];
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.join(' | ')).not.toMatch(/school|Year \d|sixth form/i);
  });
});
