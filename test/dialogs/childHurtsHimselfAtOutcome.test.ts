import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { safeguardingAnswer } from '../../dialogs/safeguardingAnswer';
import { SafeguardingText as S } from '../../dialogs/safeguardingText';

/*
 * A dad says what an outcome would do for his 9-year-old: "he'd be less exhausted and stop hurting
 * himself". He hears the answer for a worried parent of a child who hurts himself in meltdowns (GP,
 * school, the children's mental health service, Childline for the child, 999), fitted to a child at
 * school: no health visitor or nursery. The flag is kept.
 */

const seed = (age: number, schoolYear: number): Seed => ({
  today: '2026-12-02',
  who: 'parent_carer',
  name: 'Oliver',
  age,
  schoolYear,
  hopes: [{ text: 'to be happy at school', theme: 'learning_and_work', needs: ['he has meltdowns after school'] }],
});

async function toDoesForMe(chat: Transcript): Promise<void> {
  await chat.say('Oliver will come home from school calm most days');
  await chat.say('by the end of year 5');
  await chat.say('he tells me his day was ok 4 days a week');
  expect(chat.step).toBe(Step.outcomeDoesForMe);
}

describe('a parent says the child would stop hurting himself', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 9-year-old: GP, school, the mental health service, Childline, 999; no health visitor or nursery', async () => {
    ({ chat } = await startWith(seed(9, 4)));
    await toDoesForMe(chat);
    const said = saidIn(await chat.say("he'd be less exhausted and stop hurting himself"));
    expect(said).toMatch(/GP/);
    expect(said).toMatch(/mental health/i);
    expect(said).toMatch(/0800 1111/);
    expect(said).toMatch(/999/);
    expect(said).not.toMatch(/health visitor|nursery/i);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

});

describe('who can help a child who hurts himself, by age', () => {
  const keys = (person: { age?: number; schoolYear?: number }) =>
    safeguardingAnswer('self_harm_or_suicide', 'he bangs his head in meltdowns', { parent: true, person, lead: false }).words.map((w) => w.key);

  it('a child under five hears of the health visitor; an infant at school of the GP or paediatrician and the school; an older child of the mental health service too', () => {
    expect(keys({ age: 3 })).toContain(S.parentSelfInjuryWho);
    expect(keys({ age: 9, schoolYear: 4 })).toContain(S.parentSelfInjuryWhoAtSchool);
    expect(keys({ schoolYear: 2 })).toContain(S.parentSelfInjuryWhoYoung);
    expect(keys({ age: 5, schoolYear: 0 })).toContain(S.parentSelfInjuryWhoYoung);
  });

  it('a young child cannot ring a line himself: no Childline or Shout for a child of 3 or in Reception; 999 for a child badly hurt', () => {
    for (const person of [{ age: 3 }, { age: 5, schoolYear: 0 }]) {
      expect(keys(person)).toContain(S.parentSelfInjuryDanger);
      expect(keys(person)).not.toEqual(expect.arrayContaining([S.parentChildline]));
      expect(keys(person)).not.toEqual(expect.arrayContaining([S.parentShout]));
    }
  });

  it('an older child (9) still hears of Childline, Shout and 999', () => {
    expect(keys({ age: 9 })).toEqual(expect.arrayContaining([S.parentChildline, S.parentShout, S.parentSelfInjuryDanger]));
  });
});
