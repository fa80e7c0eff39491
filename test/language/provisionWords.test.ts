import { describe, expect, it } from 'vitest';
import { familyOrOtherGiverOf, needSection, provisionItems, providerOf } from '../../src/language';

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
    // When it is given, said after a comma, is not help of its own.
    ['a job coach like i said, at the start', ['a job coach, at the start']],
    ['a quiet room, for a bit', ['a quiet room, for a bit']],
  ])('"%s"', (typed, pieces) => {
    expect(provisionItems(typed)).toEqual(pieces);
  });
});

// Sections F, G and H follow the help's words: a health service or help with anxiety and panic is
// health's; getting about, living independently and care services are social care's; teaching is education's.
describe('help goes to the section its words name', () => {
  it.each([
    ['someone to teach me breathing for panic attacks', 'health'],
    ['help with my anxiety', 'health'],
    ['a counsellor to talk to', 'health'],
    ['talking to a therapist every week', 'health'],
    ['CBT for my anxiety', 'health'],
    ['the school nurse to give me my medication', 'health'],
    ['someone from the college wellbeing team', 'health'],
    ['travel training', 'social_care'],
    ['someone to go on the bus with me', 'social_care'],
    ['support to live independently', 'social_care'],
    ['help with budgeting', 'social_care'],
    ['a support worker to show me and help with my anxiety when i go shopping', 'social_care'],
    ['a social worker', 'social_care'],
    ['someone to go with me the first few times', 'social_care'],
    ['a gym buddy', 'social_care'],
    ['a buddy at break', 'education'],
    ['someone to go with me to lessons', 'education'],
    ['extra time in exams', 'education'],
    ['a reader and a scribe', 'education'],
    ['a TA to help with my anxiety in class', 'education'],
    ['someone to read the theory to me', 'education'],
  ] as const)('"%s" is %s', (typed, part) => {
    expect(providerOf(typed)).toBe(part);
  });

  it('keeps two kinds of help said together apart, each in its own section', () => {
    const pieces = provisionItems('travel training and someone to teach me breathing for panic attacks');
    expect(pieces).toEqual(['travel training', 'someone to teach me breathing for panic attacks']);
    expect(pieces.map(providerOf)).toEqual(['social_care', 'health']);
  });
});

describe('needs go to section B, C or D by their words', () => {
  it.each([
    ['i panic on the bus, my heart goes mad and i have to get off', 'health'],
    ['my anxiety. i freeze up when ppl ask me stuff', 'health'],
    ['i get panic attacks', 'health'],
    ['i dont sleep well', 'health'],
    ['im scared to go on the bus on my own', 'social_care'],
    ['money, i dont know how to do bills or budget', 'social_care'],
    ['he cant dress himself', 'social_care'],
    ['reading recipes and the theory bits, my dyslexia. and i get anxious when its busy', 'education'],
    ['i get anxious in exams', 'education'],
    ['busy places make me worried', 'education'],
    ['he doesnt talk much', 'education'],
  ] as const)('"%s" is %s', (typed, part) => {
    expect(needSection(typed)).toBe(part);
  });
});
