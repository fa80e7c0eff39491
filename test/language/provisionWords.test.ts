import { describe, expect, it } from 'vitest';
import { familyOrOtherGiverOf, provisionItems, providerOf } from '../../src/language';

describe('who gives help, read from its words', () => {
  it.each([
    ['a physio twice a week', 'health'],
    ['my medication at lunch', 'health'],
    ['CAMHS', 'health'],
    ['short breaks at the weekend', 'social_care'],
    ['a support worker at home', 'social_care'],
    ['a personal assistant to go out with', 'social_care'],
    ['extra lessons with a tutor', 'education'],
    ['a TA in maths', 'education'],
    ['mum and dad helping me practise', 'social_care'],
  ] as const)('"%s" is %s', (typed, part) => {
    expect(providerOf(typed)).toBe(part);
  });

  // Supported employment is social care (Section H) unless it is part of a course: a supported
  // internship is a college study programme, so its job coach and staff are education (Section F).
  it.each([
    ['a job coach', 'social_care'],
    ['a mentor at work', 'social_care'],
    ['a work coach at the job centre', 'social_care'],
    ['supported internship staff', 'education'],
    ['a job coach from college', 'education'],
    ['a job coach on my supported internship', 'education'],
    ['a mentor at school', 'education'],
  ] as const)('help to get and keep a job: "%s" is %s', (typed, part) => {
    expect(providerOf(typed)).toBe(part);
    expect(familyOrOtherGiverOf(typed)).toBeNull();
  });

  it('keeps the family or community giver, and none for a service', () => {
    expect(familyOrOtherGiverOf('my employer letting me start later')).toBe('employer');
    expect(familyOrOtherGiverOf('a speech therapist')).toBeNull();
    expect(familyOrOtherGiverOf('my teacher')).toBeNull();
  });
});

describe('pieces of help split only where a list does', () => {
  it.each([
    ['someone to sit with me and help me read', ['someone to sit with me and help me read']],
    ['mum and dad helping me practise', ['mum and dad helping me practise']],
    ['more time to do my work and a laptop', ['more time to do my work', 'a laptop']],
    ['1:1 support. A laptop for typing!', ['1:1 support', 'A laptop for typing']],
    // An example of the same help, or how often it comes, stays with it.
    ['a grown up to help at lunch, e.g. a dinner lady', ['a grown up to help at lunch, e.g. a dinner lady']],
    ['a place to calm down, for instance the nurture room', ['a place to calm down, for instance the nurture room']],
    ['physio. twice a week, 45 minutes', ['physio, twice a week, 45 minutes']],
    ['occupational therapy, every fortnight at least', ['occupational therapy, every fortnight at least']],
    ['a reading pen, a buddy at break', ['a reading pen', 'a buddy at break']],
  ])('"%s"', (typed, pieces) => {
    expect(provisionItems(typed)).toEqual(pieces);
  });
});
