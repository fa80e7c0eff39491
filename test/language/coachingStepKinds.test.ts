import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';

/*
 * More kinds of answer at the outcome step, each in wordings of our own, with look-alikes that must
 * keep their reading: vague ways of being; the whole dream said again as a step; small steps tied
 * to a festival or to next month; how long something lasts, which is not when it is due.
 */

const today = '2026-12-02';
const teen: CoachContext = { today, age: 15, schoolYear: 10 };
const adult: CoachContext = { today, age: 22 };
const infant: CoachContext = { today, age: 5, schoolYear: 0, earlyYears: true };
const action = (text: string, context = teen) => coachStep(text, context).action;

describe('a way of being with nothing anyone could see is vague', () => {
  it.each([
    'pay more attention in lessons',
    'listen to the teachers',
    'concentrate in class',
    'follow the rules',
    'stay on task',
    'b more sensible',
    'calmer in himself',
    'her reading to get better',
    'his handwriting to improve',
  ])('"%s" is vague', (text) => {
    expect(action(text)).toBe('vague');
  });

  it.each(['listen to a story to the end at bedtime', 'build a model railway with my grandad', 'build a den in the garden', 'pay attention to the teacher for 10 minutes'])(
    '"%s" is a step, not vague',
    (text) => {
      expect(action(text)).toBe('accept');
    },
  );
});

describe('the big dream said again as a step stays an aspiration', () => {
  it.each([
    'get a full-time job in a bank',
    'work in finance',
    'get a job in tech',
    'work at the hospital as a nurse',
    'work for a big football club',
    'get a job at google',
    'be completely independent',
    'have a boyfriend and a good life',
    'drive trains',
  ])('"%s" is an aspiration', (text) => {
    expect(action(text, adult)).toBe('aspiration');
  });

  it.each(['get a part time job at the garden centre', 'get a saturday job in a shop', 'work in the charity shop on tuesdays', 'do work experience at a nursery as a helper'])(
    '"%s" is a step towards it',
    (text) => {
      expect(action(text, adult)).toBe('accept');
    },
  );
});

describe('how long, and when', () => {
  it('how long a placement lasts is not when it is due', () => {
    const coached = coachStep('help out at the vets for 4 weeks', teen);
    expect(coached.timeframe).toBeNull();
    expect(coached.action).toBe('accept');
    expect(action('do a work trial at the bakery for two weeks', adult)).toBe('accept');
  });

  it('a date said beside how long is still read', () => {
    expect(coachStep('go to the lunch club for 3 weeks by easter', teen).timeframe?.phrase).toBe('by easter');
  });

  it.each([
    ['sing in the nativity with her class', infant],
    ['make a christmas card for grandma', infant],
    ['hand in my CV next month', adult],
  ] as const)('"%s" is a target', (text, context) => {
    expect(action(text, context)).toBe('target');
  });

  it.each(['make mince pies with my nan', 'ice the christmas cake with mum', 'open my advent calendar by myself'])('"%s" names a thing of Christmas, so it is a target in December', (text) => {
    expect(action(text)).toBe('target');
  });

  it.each(['bake cakes for the school fair', 'sell 10 of my drawings at the school fair', 'make pies with my nan'])('"%s" names no festival: not a target', (text) => {
    expect(action(text)).not.toBe('target');
  });

  it('the same festival thing months away is an outcome for a young child', () => {
    expect(action('make a christmas card for grandma', { ...infant, today: '2026-06-10' })).toBe('accept');
  });
});

describe('more ways of being good, the whole career, and days of the year', () => {
  it.each(['act her age', 'stop being so rude', 'have nicer manners', 'behave at school', 'settle into the new class', 'be ready to learn', 'get his confidence back', 'control her temper'])(
    '"%s" is vague',
    (text) => {
      expect(action(text)).toBe('vague');
    },
  );

  it.each(['control her temper by using the calm box', 'stop being late for registration', 'behave in assembly for a whole week'])('"%s" says what will be seen, so it is a step', (text) => {
    expect(action(text)).toBe('accept');
  });

  it.each(['get a permanent job', 'work full time at a warehouse', 'fix cars for a living', 'get a job at the nhs', 'live like other grown ups'])('"%s" is the dream again', (text) => {
    expect(action(text, adult)).toBe('aspiration');
  });

  it.each(['work part time at a warehouse', 'go to college full time'])('"%s" is a step', (text) => {
    expect(action(text, adult)).toBe('accept');
  });

  it('a day of the year that is months away is a target, and one a year away is not', () => {
    expect(action('make a card for mothers day')).toBe('target');
    expect(action('go to the fireworks on bonfire night')).toBe('accept');
  });
});

describe('being ready, learning "about", catching up, carrying on and staying out of trouble are vague', () => {
  it.each([
    'be ready for college',
    'feel more prepared for the future',
    'learn about cooking',
    'know more about my autism',
    'keep up with his class',
    'catch up with kids her age',
    'carry on swimming',
    'keep playing the drums',
    'not get into trouble at school',
    'stay out of trouble',
    'she will be working on her speech and listening',
    'work on my maths and english',
  ])('"%s" is vague', (text) => {
    expect(action(text)).toBe('vague');
  });

  it.each([
    'get ready for school by myself every morning',
    'be ready at the door when the taxi comes at 8',
    'learn about the bus times so i can get to college on my own',
    'keep my bedroom tidy',
    'catch the bus to town with a friend',
    'carry my own plate to the sink after tea',
  ])('"%s" is a step, not vague', (text) => {
    expect(action(text)).toBe('accept');
  });

  it('being prepared for a change is still support when others do the preparing', () => {
    expect(action('to be prepared for changes to the timetable')).toBe('provision');
    expect(action('be prepared for adult life')).toBe('vague');
  });
});

describe('a whole life, a life like everyone else’s, or running a workplace is an aspiration', () => {
  it.each([
    'ride a bike like the other kids',
    'go to parties like any other teenager',
    'a normal life like everyone else',
    'sit her exams and go to sixth form like anyone else',
    'have a girlfriend like anybody else',
    'live a happy and healthy life',
    'work on the buses',
    'work on a cruise ship',
    'perform at glastonbury',
    'dj at big festivals',
    'manage a hotel',
    'manage my own hair salon',
  ])('"%s" is an aspiration', (text) => {
    expect(action(text, adult)).toBe('aspiration');
  });

  it.each([
    'line up with the other children for 5 minutes',
    'I like other kids coming to my house for tea',
    'manage the tuck shop at school on fridays',
    'work on my spelling with a spelling app every night',
    'sing in the school concert',
    'queue for lunch like anyone else for a whole week',
  ])('"%s" is not an aspiration', (text) => {
    expect(action(text, teen)).not.toBe('aspiration');
  });
});

describe('finishing something of theirs that lasts days or weeks is a short step', () => {
  it.each(['finish my two week taster at the garage', 'complete this week of lessons at the gym', 'get through my fortnight of work experience'])('"%s" is a target', (text) => {
    expect(action(text, adult)).toBe('target');
  });

  it.each(['finish my course at college', 'do a taster at the garage for a week'])('"%s" is not a target', (text) => {
    expect(action(text, adult)).not.toBe('target');
  });

  it.each([
    ['finish my maths worksheet', teen],
    ['finish the reading book she is on', infant],
    ['complete the lego set hes been building', teen],
    ['finish the 100 piece puzzle im doing', teen],
    ['read the next chapter of my comic', teen],
    ['learn the next song in my guitar book', teen],
  ] as const)('one small piece of work, or the next part of it, is a target: "%s"', (text, context) => {
    expect(action(text, context)).toBe('target');
  });

  it.each(['finish the college course hes on', 'finish a worksheet on his own in every lesson', 'read a whole book on my own', 'read the next book in the series', 'get to the next level in swimming', 'finish my level 2 in hair and beauty'])(
    '"%s" takes longer, or is a habit: not a target',
    (text) => {
      expect(action(text, adult)).not.toBe('target');
    },
  );
});

describe('a step due before the holidays or by a day of the month is a short step', () => {
  it.each(['put his coat on by himself before the holidays', 'take her form in before the deadline on the 15th', 'tidy my locker b4 we break up'])('"%s" is a target', (text) => {
    expect(action(text)).toBe('target');
  });

  it.each(['go swimming in the holidays', 'get to the 2nd floor on my own', 'come 1st in the school race'])('"%s" is not a target', (text) => {
    expect(action(text)).not.toBe('target');
  });
});

describe('better life skills, lots of friends and a job in a whole workplace', () => {
  it.each(['have better life skills', 'get good social skills', 'have more life skills', 'get my life sorted', 'get his life back on track'])('"%s" is vague', (text) => {
    expect(action(text, adult)).toBe('vague');
  });

  it.each(['have lots of friends', 'have loads of mates', 'work in a garden centre', 'work in a pet shop', 'work at a car garage'])('"%s" is an aspiration', (text) => {
    expect(action(text, adult)).toBe('aspiration');
  });

  it.each(['have 2 friends round for tea', 'work in a small group in maths', 'work at the garden centre on saturdays', 'work in the school library at lunch', 'use my life skills to cook tea once a week'])(
    '"%s" is not an aspiration',
    (text) => {
      expect(action(text, adult)).not.toBe('aspiration');
    },
  );

  it('a better life is still the whole of a life', () => {
    expect(action('have a better life', adult)).toBe('aspiration');
  });
});


describe('"next weekend" is days away, so the step is a target', () => {
  it.each(['help my dad wash the car next weekend', 'phone my gran to ask about visiting next weekend'])('"%s" is a target', (text) => {
    expect(action(text, teen)).toBe('target');
  });
});
