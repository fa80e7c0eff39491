import { describe, expect, it } from 'vitest';
import { createDraft, addAspiration } from '../../src/domain/draft';
import { placeOfDays, saysOnACourseNow } from '../../src/language/placeOfDays';

/* A course or internship said in a hope means the person is in education now; a course wished for does not. */
describe('a course or internship they are on now', () => {
  it.each([
    "I'm on a supported internship at the hospital and I want to get a paid job there",
    'im at college doing catering',
    'he goes to college three days a week',
    'she is doing a course in hair and beauty',
    'my internship is at the council',
    'doing a traineeship',
    'im on a work placement at the garage',
    'my placement is with college on fridays',
  ])('%j says they are on one now', (typed) => expect(saysOnACourseNow(typed)).toBe(true));

  it.each(['i want to go to college', 'get onto a supported internship next year', 'i left college last year', 'be a chef',
    '18, my placement broke down, not at college', 'id like to go on a placement', "I don't feel safe in my placement", 'my foster placement is at home', 'i want to go on a work placement'])('%j does not', (typed) =>
    expect(saysOnACourseNow(typed)).toBe(false),
  );

  it('a hope that says so places a 19-year-old at college; what the age question heard wins', () => {
    const draft = addAspiration(createDraft({ id: 'd', now: new Date('2026-12-02T09:00:00Z'), who: 'self' }), "I'm on a supported internship at the hospital", 'learning_and_work').draft;
    expect(placeOfDays({ ...draft, youngPerson: { ...draft.youngPerson, age: 19 } })?.education).toBe('college');
    expect(placeOfDays({ ...draft, youngPerson: { ...draft.youngPerson, age: 19, education: 'not_at_school' } })?.education).toBe('not_at_school');
  });
});
