import { describe, expect, it } from 'vitest';
import { coachStep, saysAFeeling, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * The kinds of answer the coaching tells apart, each in several wordings of our own: support as a
 * thing, a person, a place or a change others make; vague answers that sound active; long-term
 * dreams; and times said in everyday words.
 */

const pupil: CoachContext = { today: '2026-12-02', age: 14, schoolYear: 9 };
const action = (text: string, context = pupil) => coachStep(text, context).action;

describe('support in any wording is provision, never the outcome', () => {
  it.each([
    'a wobble seat so he can stay at his table',
    'travel training with someone the first few weeks',
    'the same support worker every week',
    'a mentor who has been through it',
    'if she had an adult with her at break she would be fine',
    'if there was somebody to ask when I get stuck',
    'if I could sit my exams with a scribe',
    'teachers to stop giving me detentions for being late',
    'to be allowed out of assembly',
    'to sit near the door so I can get out',
    'a calmer classroom. the shouting is too much',
    'my nan still taking me to the shops on saturdays',
    'He will need someone checking on him at dinner',
    'no spelling tests',
    'fewer pupils in her group',
    'hydrotherapy at the pool',
    'a BSL interpreter at parents evening',
    'what would help most is a TA in science',
    'it would be better if staff wrote things down for me',
    'the school should give him more breaks',
    'she is calmer when there is an adult beside her',
  ])('"%s" is provision', (text) => {
    expect(action(text)).toBe('provision');
  });

  it.each(['go to drama club every Friday on my own', 'use my laptop to write a whole story', 'ask a teacher for help when I am stuck'])(
    '"%s" names what the person will do, so it is not provision',
    (text) => {
      expect(action(text)).not.toBe('provision');
    },
  );

  it('a hope that is really support is asked about, a dream is kept', () => {
    expect(coachHope('someone to show me how to cook')).toBe('support_as_hope');
    expect(coachHope('if he had a quiet place to go at lunch')).toBe('support_as_hope');
    expect(coachHope('staff to understand her better')).toBe('support_as_hope');
    expect(coachHope('to work in a garage fixing cars')).toBe('aspiration');
    expect(coachHope('more friends at school')).toBe('aspiration');
    expect(coachHope('for him to get proper help at school')).toBe('support_as_hope');
    expect(coachHope('for teachers to believe me')).toBe('support_as_hope');
    expect(coachHope('more time with my mates')).toBe('aspiration');
  });

  it('"stuff" on its own is a shrug, not equipment', () => {
    expect(action('more stuff')).toBe('vague');
    expect(action('sensory stuff for the classroom')).toBe('provision');
  });
});

describe('vague answers that sound active get a question that makes them concrete', () => {
  it.each(['develop my social skills', 'build up his confidence', 'sleep better', 'try harder at school', 'concentrate more in lessons', 'keep trying', 'do my best in everything', 'sort my life out', 'make an effort', 'reach her full potential', 'engage in lessons'])(
    '"%s" is vague',
    (text) => {
      expect(action(text)).toBe('vague');
    },
  );

  it.each(['hold up a card when he needs a break', 'read 10 pages on my own every night', 'improve my reading age by a year'])('"%s" is a step, not vague', (text) => {
    expect(action(text)).toBe('accept');
  });
});

describe('long-term dreams stay aspirations', () => {
  it.each(['be mechanic', 'move out into my own place', 'run my own nail bar', 'live with my girlfriend', 'get 100k followers', 'play for Wales', 'she will have a happy life and go uni', 'that he has a job when he is older'])(
    '"%s" is an aspiration',
    (text) => {
      expect(action(text)).toBe('aspiration');
    },
  );

  it('"one day a week" is how often, not "one day"', () => {
    expect(action('help at the animal shelter one day a week by the summer')).toBe('accept');
  });

  it('"for 2 days a week" and "a 3 week course" are how often and how long, not a date', () => {
    expect(coachStep('volunteer for 2 days a week at the library', pupil).timeframe).toBeNull();
    expect(coachStep('do a 3 week course at the leisure centre', pupil).timeframe).toBeNull();
  });
});

describe('times said in everyday words', () => {
  const when = (text: string, context = pupil) => readWhenAnswer(text, context);

  it('reads a start as the end of the school year before it, and "before sixth form starts" as the September it starts', () => {
    const year11: CoachContext = { today: '2026-12-02', age: 16, schoolYear: 11 };
    expect(when('before sixth form starts', year11).timeframe?.date).toBe('2027-09-01');
    expect(when('once she starts year 10').timeframe?.date).toBe('2027-07-22');
    expect(when('by the time im in year 10').timeframe?.date).toBe('2027-07-22');
  });

  it('reads new year and after a holiday', () => {
    const newYear = when('by new year');
    expect(newYear.timeframe?.date).toBe('2027-01-01');
    expect(newYear.target).toBe(true);
    expect(when('after the summer hols').timeframe?.date).toBe('2027-09-30');
    expect(when('after christmas').timeframe?.date).toBe('2027-01-31');
    expect(when('this time next yr').timeframe?.date).toBe('2027-12-02');
    expect(when('after the hols').timeframe?.date).toBe('2027-01-31');
  });

  it('reads "before I leave" as leaving school, Year 13 in the sixth form', () => {
    expect(when('before i leave').timeframe?.date).toBe('2029-07-20');
    expect(when('before i leave', { today: '2026-12-02', age: 17, schoolYear: 12 }).timeframe?.date).toBe('2028-07-21');
    expect(when('when she leaves', { today: '2026-12-02', age: 8, schoolYear: 3 }).timeframe?.date).toBe('2035-07-20');
  });
});

describe('a feeling, or a vague step', () => {
  it('"getting better at stuff" is about doing, never kept as how they would feel', () => {
    for (const vague of ['getting better at school stuff', 'be good at everything', 'do well']) expect(saysAFeeling(vague), vague).toBe(false);
    for (const feeling of ['be calmer', 'feel better about myself', 'be more confident']) expect(saysAFeeling(feeling), feeling).toBe(true);
  });
});
