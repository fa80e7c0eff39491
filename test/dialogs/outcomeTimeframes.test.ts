import { describe, expect, it } from 'vitest';
import { coachContextOf } from '../../dialogs/outcomeCoach';
import { timeframeOfChoice, whenChoices } from '../../dialogs/outcomeTimeframes';
import { createDraft, setYoungPerson, type Draft } from '../../src/domain/draft';
import type { EducationPlace } from '../../src/domain/vocabulary';
import { createWords } from '../../src/i18n';
import { isTargetDate } from '../../src/language';

const t = createWords().forMode('standard');

function personIn(schoolYear: number | undefined, age: number): Draft {
  const draft = createDraft({ id: 'd', now: new Date('2026-01-01T00:00:00Z') });
  return setYoungPerson(draft, { age, ...(schoolYear !== undefined ? { schoolYear } : {}) });
}

/** The first of every month for two years: every term, every holiday. */
const DAYS = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2026 + Math.floor(i / 12), i % 12, 1)));

describe('the "by when?" choices', () => {
  it('are never in the past, never sooner than an outcome spans, and never a school year already left', () => {
    const wrong: string[] = [];
    for (const day of DAYS) {
      for (const [schoolYear, age] of [[undefined, 3], [undefined, 4], [0, 5], [2, 7], [5, 10], [6, 11], [9, 14], [10, 15], [11, 16], [12, 17], [13, 18], [undefined, 20]] as const) {
        const draft = personIn(schoolYear, age);
        const context = coachContextOf(draft, day);
        const choices = whenChoices(draft, context);
        if (choices.length < 2) wrong.push(`${context.today} year ${schoolYear} age ${age}: only ${choices.length} choices`);
        for (const choice of choices) {
          const timeframe = timeframeOfChoice(choice.value, context, t)!;
          const label = t(choice.labelKey);
          if (timeframe.date <= context.today || isTargetDate(timeframe.date, context)) wrong.push(`${context.today} year ${schoolYear} age ${age}: "${label}" is ${timeframe.date}`);
          const year = /Year (\d+)/.exec(label)?.[1];
          if (year !== undefined && schoolYear !== undefined && Number(year) < schoolYear) wrong.push(`${context.today} Year ${schoolYear}: "${label}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('offer no school stage to someone past it or not yet at school', () => {
    const day = new Date('2026-12-05T10:00:00Z');
    for (const [schoolYear, age] of [[13, 18], [undefined, 19], [undefined, 3]] as const) {
      const draft = personIn(schoolYear, age);
      const values = whenChoices(draft, coachContextOf(draft, day)).map((choice) => choice.value);
      expect(values.filter((value) => /^endOf/.test(value)), `${schoolYear ?? 'no year'}, ${age}`).toEqual([]);
      expect(values.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('offer the end of Year 11 to someone in Year 10', () => {
    const draft = personIn(10, 15);
    expect(whenChoices(draft, coachContextOf(draft, new Date('2026-12-05T10:00:00Z'))).map((choice) => choice.value)).toContain('endOfYear11');
  });

  it('fit where the person is, at every age from the early years to 25: no school for college or for no education, no Year past them', () => {
    const wrong: string[] = [];
    const bands: [number | undefined, number, EducationPlace | undefined][] = [
      [undefined, 3, 'nursery'], [0, 5, 'school'], [1, 6, undefined], [4, 9, 'school'], [7, 12, 'school'], [11, 16, 'school'],
      [12, 17, 'college'], [13, 18, 'college'], [13, 18, 'sixth_form'], [14, 19, 'college'], [15, 20, undefined], [undefined, 18, 'not_at_school'],
      [12, 17, 'not_at_school'], [undefined, 19, 'college'], [undefined, 22, 'college'], [undefined, 22, 'not_at_school'], [undefined, 25, undefined],
    ];
    for (const day of DAYS) {
      for (const [schoolYear, age, education] of bands) {
        const draft = setYoungPerson(personIn(schoolYear, age), education ? { education } : {});
        const context = coachContextOf(draft, day);
        const labels = whenChoices(draft, context).map((choice) => t(choice.labelKey));
        const who = `${context.today} year ${schoolYear} age ${age} ${education ?? ''}`;
        if (labels.length < 2 || labels.length > 3) wrong.push(`${who}: ${labels.length} choices`);
        for (const label of labels) {
          const year = /Year (\d+)/.exec(label)?.[1];
          if (year !== undefined && schoolYear !== undefined && Number(year) <= schoolYear) wrong.push(`${who}: "${label}"`);
          if (/school|sixth form/i.test(label) && (education === 'college' || education === 'not_at_school' || (schoolYear ?? 0) > 13)) wrong.push(`${who}: "${label}"`);
          if (/college|Year/.test(label) && education === 'not_at_school') wrong.push(`${who}: "${label}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('offer the end of this college year to a college student of 19 or more', () => {
    const draft = setYoungPerson(personIn(undefined, 20), { education: 'college' });
    expect(whenChoices(draft, coachContextOf(draft, new Date('2026-12-05T10:00:00Z'))).map((choice) => choice.value)).toContain('thisCollegeYear');
  });
});
