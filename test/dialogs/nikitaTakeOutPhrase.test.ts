import { afterEach, describe, expect, it } from 'vitest';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Nikita (17, hairdressing at college) at the review asks to take out words she typed in a huff:
 * "thats literally what i said b4". Only the items holding those words are offered, and from an
 * item with more in it only those words go. Her strengths and other goals are never offered.
 */

const seed = (doesForMe: string): Seed => ({
  today: '2026-12-06',
  name: 'Nikita',
  age: 17,
  hopes: [{ text: 'be a hairdresser', theme: 'learning_and_work', needs: ['i have dyslexia so the theory is hard'] }],
  change: (draft: Draft) => {
    const strong = addAboutMe(addAboutMe(draft, 'strengths', 'good at hair and makeup'), 'strengths', 'i work hard');
    return withConfirmedOutcomes(strong, () => ({
      statement: 'By July 2027, I will pass my level 2 and get on level 3.',
      timeframe: { phrase: 'by July 2027', date: '2027-07-22' },
      measure: 'my tutor signs me off',
      doesForMe,
      makesPossible: 'get a job in a salon',
    }));
  },
  at: atReviewSummary,
});

describe('"take out the bit that says ..." at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('offers only the part holding those words, and takes out only those words', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(seed('i feel proud of myself and happy. thats literally what i said b4')));
    const asked = saidIn(await chat.say('can u take out the bit that says thats literally what i said b4'));
    expect(asked).not.toMatch(/good at hair and makeup|i work hard|pass my level 2/);
    expect(asked).toMatch(/literally what i said b4/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.doesForMe).toBe('i feel proud of myself and happy');
    expect(draft.outcomes.map((o) => o.statement)).toEqual(seeded.outcomes.map((o) => o.statement));
    expect(draft.aboutMe).toEqual(seeded.aboutMe);
  });

  it('a goal answer that is only those words is offered alone, and goes after a yes', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(seed('thats literally what i said b4')));
    const asked = saidIn(await chat.say('can u take out the bit that says thats literally what i said b4'));
    expect(asked).not.toMatch(/good at hair and makeup|i work hard|pass my level 2/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.doesForMe ?? '').toBe('');
    expect(draft.outcomes.map((o) => o.statement)).toEqual(seeded.outcomes.map((o) => o.statement));
    expect(draft.aboutMe).toEqual(seeded.aboutMe);
  });
});
