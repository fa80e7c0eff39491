import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { parseAgeOrYear } from '../../src/language/ageOrYear';
import { schoolYearLabel } from '../../src/review/caseload';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil, typedTo } from '../support/typedWay';
import { startWith } from './journeySeed';

/*
 * A school year past Year 13 ("year 15", or Year 15 kept for a 20-year-old in their third year of
 * college): no crash; it is post-16 education, with no key stage and no school year invented.
 */

const HOPE = { text: 'work with animals', theme: 'learning_and_work' as const, needs: ['i get nervous with new people'] };

describe('a school year past Year 13', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([[14, 19], [15, 20], [15, undefined], [17, 22], [20, 25]])('Year %s (age %s) walks a goal to the read-back with no crash and no school stage', async (schoolYear, age) => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Jade', ...(age ? { age } : {}), schoolYear, hopes: [HOPE] }));
    const said: string[] = [saidIn(await chat.say('ask for a placement at the vets'))];
    expect(chat.step).toBe(Step.outcomeWhen);
    said.push(JSON.stringify(chat.lastQuestion?.choices));
    said.push(
      saidIn(
        await typeUntil(chat, Step.outcomeConfirm, {
          [Step.outcomeWhen]: 'by the end of my course',
          [Step.outcomeMeasure]: 'my tutor signs it off',
          [Step.outcomeDoesForMe]: 'i would feel proud',
          [Step.outcomeMakesPossible]: 'a job with animals',
          [Step.outcomeProvides]: 'a job coach',
        }),
      ),
    );
    const all = said.join('\n');
    expect(all).not.toMatch(/went wrong|Year 1[4-9]|Year 20|key stage|school year/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-07-22');
  });

  it.each(['year 15', 'im in year 15', 'yr 16', 'year 14'])('"%s" typed at the age question is kept as post-16 education', async (typed) => {
    chat = await typedTo(Step.welcomeInvite, { name: 'Jade', age: typed }, {}, { today: '2026-12-07' });
    const person = (await chat.draft())!.youngPerson;
    expect(person.education).toBe('college');
    expect(person.schoolYear).toBeGreaterThan(13);
  });

  it('reads where they said they are over the year ("year 15 at sixth form" stays sixth form), and years within school as before', () => {
    expect(parseAgeOrYear('year 15 at sixth form')).toMatchObject({ schoolYear: 15, setting: 'sixth_form' });
    expect(parseAgeOrYear('year 10')).toEqual({ schoolYear: 10 });
    expect(parseAgeOrYear('year 21')).toEqual({});
  });

  it('is listed for key workers as post-16, never as a school year', () => {
    expect(schoolYearLabel(15)).toBe('Post-16 (year 15)');
    expect(schoolYearLabel(11)).toBe('Year 11');
  });
});
