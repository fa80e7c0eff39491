import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language';
import { namesTheirCarers, tellsOfMedicineMissed } from '../../src/language/careByStaff';

/*
 * The concern rules that hear care missed and the answer that adds "call 111" read the same words
 * (careWords.ts): medicine or a fit the rules hear is one the answer speaks to.
 */
describe('care missed: one set of words for hearing it and for answering it', () => {
  it.each([
    'my midazolam, the support staff forget sumtimes',
    'had a hypo in the nite and no one came',
    'i had a funny turn and nobody came till morning',
    'my buccal. the night staff forget at weekends',
  ])('"%s" is heard as neglect, and answered with 111', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, category: 'neglect' });
    expect(tellsOfMedicineMissed(typed)).toBe(true);
  });

  it('"my midazolam, the care workers forget" names the carers whose job it is', () => {
    expect(namesTheirCarers('my midazolam, the care workers forget')).toBe(true);
  });

  it.each(['i forget my tablets sometimes so i have an alarm', 'staff remind me to take my tablets'])('"%s" is no worry', (typed) => {
    expect(detectConcern(typed).concern).toBe(false);
  });

  it('"my mum forgets my tablets" names no paid carer', () => {
    expect(namesTheirCarers('my mum forgets my tablets')).toBe(false);
  });
});
