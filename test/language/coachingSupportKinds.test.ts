import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * Support in more wordings, each of our own, with look-alikes that must keep their reading: support
 * said through who arranges or pays for it, named schemes, kinds of therapy or lessons, a place
 * given in a setting, a home with staff; and what the person earns (an apprenticeship, a grade, a
 * place on a course), which is never support.
 */

const today = '2026-12-02';
const adult: CoachContext = { today, age: 22 };
const sixthForm: CoachContext = { today, age: 17, schoolYear: 12 };
const action = (text: string, context = adult) => coachStep(text, context).action;

describe('support said through others, schemes and kinds of therapy is provision', () => {
  it.each([
    'a college course paid for by the council',
    'a job trial organised through the job centre',
    'a bus to the farm, funded by social services',
    'my supervisor to show me the rota every monday',
    'the boss should let me wear ear plugs',
    'a lift to get me to the stables',
    'music therapy',
    'drama therapy at the hospital',
    'dance classes after school',
    'direct payments so I can pay a PA',
    'access to a quiet room at lunch',
    'more brakes in maths',
    'a place at the riding school with someone to lead the pony',
    'a house with carers at night',
    'to be in a smaller group for english',
  ])('"%s" is provision', (text) => {
    expect(action(text)).toBe('provision');
  });

  it.each(['go on the trip organised by the youth club', 'pay for my own ticket at the cinema', 'play a board game with my sister', 'dance at the school disco with my friends', 'get a place on the bricklaying course'])(
    '"%s" names what the person will do, so it is not provision',
    (text) => {
      expect(action(text)).toBe('accept');
    },
  );

  it('speech therapy is still support, though wishing their speech better is not', () => {
    expect(action('more speech therapy for him')).toBe('provision');
    expect(action('help to improve his reading')).toBe('provision');
    expect(action('her speech to get clearer')).not.toBe('provision');
  });
});

describe('an apprenticeship or a grade is earned, never support', () => {
  it.each(['get an apprenticeship at a garage', 'start a traineeship with the council', 'get a c in maths', 'get a pass in english'])('"%s" is accepted', (text) => {
    expect(action(text, sixthForm)).toBe('accept');
  });

  it('a bus pass is still a thing given, not a grade', () => {
    expect(action('a bus pass')).toBe('provision');
    expect(action('a pass for the bus')).toBe('provision');
  });
});

describe('support asked for as a hope is asked about', () => {
  it.each([
    'a specialist school place near home',
    'to get her a place at a nursery with a key worker',
    'portage visits for us',
    'more brakes at school',
    'a flat with staff on hand at night',
    'to be in a smaller class',
  ])('"%s" is support as a hope', (text) => {
    expect(coachHope(text)).toBe('support_as_hope');
  });

  it.each(['live in a flat with my best friend', 'go to the same school as her brother', 'get a place on a plumbing course', 'more time with my cousins'])('"%s" is a hope', (text) => {
    expect(coachHope(text)).toBe('aspiration');
  });
});

describe('the setting, an exemption or an assessment asked for is support', () => {
  it.each([
    'the right school for my son',
    'a college that understands her',
    'to get him into a specialist school',
    'not to do PE',
    'to not have to go to assembly',
    'to be assessed for autism',
    'to get PIP',
    'time off college when it gets too much',
  ])('"%s" as a hope is support', (text) => {
    expect(coachHope(text)).toBe('support_as_hope');
  });

  it.each(['not to do drugs', 'not to go out late', 'go to the same college as my cousin', 'be the best player in my school'])('"%s" as a hope is kept', (text) => {
    expect(coachHope(text)).toBe('aspiration');
  });

  it.each(['they let her go out of class five minutes early', 'the taxi to wait for him at the gate', 'a place at the summer play scheme', 'his own workstation at the back', 'money to pay for driving lessons', 'free bus travel'])(
    '"%s" at the outcome step is provision',
    (text) => {
      expect(action(text)).toBe('provision');
    },
  );

  it.each(['get a place at the summer play scheme', 'buy a travel card with my own money', 'save money to buy a new phone'])('"%s" is their own step', (text) => {
    expect(action(text)).toBe('accept');
  });
});

describe('help named in words that are not "help": plans, advisers, signing, passes, "sumone"', () => {
  it.each([
    'a behaviour plan that all his teachers follow',
    'a health care plan for her seizures at nursery',
    'an adviser at college who knows about dyslexia',
    'an advocate to come to my meetings',
    'signalong used by everyone in the room',
    'BSL at home and at school',
    'a toilet pass so i dont have to ask',
    'a pass to go to the library at lunch when its loud',
    'somebody to read the questions out',
    'sumbody to walk with me to the bus',
  ])('"%s" is provision', (text) => {
    expect(action(text)).toBe('provision');
  });

  it.each(['pass my theory test', 'get a pass in functional skills maths', 'learn makaton to sign with my baby brother', 'plan my journey to the shops on my phone'])(
    '"%s" names what the person will do, so it is not provision',
    (text) => {
      expect(action(text, sixthForm)).toBe('accept');
    },
  );
});

describe('support hoped for ("I hope I can get...", "I hope the school gives him...") is support as a hope', () => {
  it.each([
    'i hope i can get a tutor for maths',
    'I really hope the college gives her a support worker',
    'we hope the council finds him a PA for weekends',
    'hopefully i get a laptop and a reader for exams',
    'I hope the nursery gives him a key person and a quiet corner',
    'i hope they give me extra time in my tests',
  ])('"%s" is support as a hope', (text) => {
    expect(coachHope(text)).toBe('support_as_hope');
  });

  it.each(['i hope i can get a job in a bakery', 'I hope he can have friends round for tea', 'hopefully she gets her own flat one day', 'i hope i can get the train to london on my own'])(
    '"%s" is a hope',
    (text) => {
      expect(coachHope(text)).toBe('aspiration');
    },
  );
});

describe('a step said as possible only with help names the help', () => {
  it.each([
    'he could get dressed by himself if he had a picture board in his room',
    'I think I would go to the gym more, if there was a trainer who knew about my back',
    'she can manage lunch in the hall as long as there is an adult near her',
    "i'd cope with college if i got a mentor to check in on me",
  ])('"%s" is provision', (text) => {
    expect(action(text)).toBe('provision');
  });

  it.each(['i could go to the concert if there is a band i like', 'I would buy my own lunch if I had the money', 'she can play out if her friends come too'])(
    '"%s" names no help, so it is not provision',
    (text) => {
      expect(action(text)).not.toBe('provision');
    },
  );
});

describe('a card earned or of their own, and a job with its days, are steps', () => {
  it.each(['get my SIA card so i can work on doors', 'apply for my citizen card', 'get a library card and borrow a book each week', 'find a job three days a week', 'get a job for two mornings'])(
    '"%s" is accepted',
    (text) => {
      expect(action(text)).toBe('accept');
    },
  );

  it('a card to show or picture cards are still help, and a job alone is the dream', () => {
    expect(action('an exit card for when it gets too loud')).toBe('provision');
    expect(action('picture cards at home')).toBe('provision');
    expect(action('get a proper job')).toBe('aspiration');
  });
});

describe('equipment for the home and body, and help wanted for someone by name, is provision', () => {
  it.each(['a stairlift so he can get to his bedroom', 'grab rails in the bathroom', 'new splints for her legs', 'a specialist buggy', 'I would like him to have swimming lessons with a trainer', 'we want Theo to get a communication device'])(
    '"%s" is provision',
    (text) => {
      expect(action(text)).toBe('provision');
    },
  );

  it.each(['walk down the ramp at school without holding on', 'I want her to get the train to town on her own'])('"%s" is their own step', (text) => {
    expect(action(text)).toBe('accept');
  });
});

describe('being able to reach help, wished for, is provision', () => {
  it.each([
    'to be able to phone my key worker when things go wrong',
    'be allowed to go to the calm room when it gets too much',
    'to use a reading pen in tests',
    'i want to be able to see my mentor at lunch',
    'to be able to use a computer for my writing',
  ])('"%s" is provision', (text) => {
    expect(action(text)).toBe('provision');
  });

  it.each([
    'to be able to use his tablet to order a drink',
    'to go to the chess club every week',
    'to be able to go to the park with friends',
    'to go to the drama club',
    'to use the toilet by himself',
  ])('"%s" names what they will do, so it is not provision', (text) => {
    expect(action(text)).not.toBe('provision');
  });
});
