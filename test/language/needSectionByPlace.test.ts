import { describe, expect, it } from 'vitest';
import { needSection } from '../../src/language/planPart';

/*
 * The section a need goes in is read from its words and from where the person spends their days:
 * a 22-year-old in supported living, not in education, has everyday-life needs (Section D) and
 * health needs (Section C), not school ones; noise at school that hurts is a sensory need (B).
 */
const ADULT_NOT_IN_EDUCATION = { age: 22, education: 'not_at_school' } as const;
const PUPIL = { age: 13, education: 'school' } as const;

describe('needs of an adult who is not in education', () => {
  it.each([
    'i cant read recipes so i just have toast',
    'counting my change in the shop',
    'i get muddled with money and it runs out',
    'remembering appointments',
    'i leave the oven on',
    'i let people in i dont know',
    'i forget to brush my teeth unless staff tell me',
    'getting the bus into town on my own',
    'i dont understand letters from the council',
    'i get really angry with the staff',
  ])('%j is everyday life: Section D', (typed) => expect(needSection(typed, ADULT_NOT_IN_EDUCATION)).toBe('social_care'));

  it.each([
    'i dont sleep well',
    'my back pain',
    'i forget to take my tablets',
    'i need physio for my legs',
    'i dont eat properly',
    'my anxiety is really bad',
  ])('%j is health: Section C', (typed) => expect(needSection(typed, ADULT_NOT_IN_EDUCATION)).toBe('health'));

  it('a need about a course they want to do is still learning', () =>
    expect(needSection('reading is hard so i cant do the college course', ADULT_NOT_IN_EDUCATION)).toBe('education'));
  it('an unknown age and place keeps the words alone', () => expect(needSection('i cant read recipes')).toBe('education'));
});

describe('leave alone: the same words from someone at school', () => {
  it.each(['i cant read recipes in food tech', 'counting money', 'remembering my homework', 'i get really angry with the teachers'])('%j stays Section B', (typed) =>
    expect(needSection(typed, PUPIL)).toBe('education'),
  );
  it.each(['i dont sleep well', 'my back pain', 'his hearing is bad'])('%j stays Section C', (typed) => expect(needSection(typed, PUPIL)).toBe('health'));
  it('a home-educated child still has learning needs in Section B', () => expect(needSection('reading', { age: 9, education: 'not_at_school' })).toBe('education'));
  it('a 20-year-old at college still has learning needs in Section B', () => expect(needSection('remembering what to do', { age: 20, education: 'college' })).toBe('education'));
});

describe('noise, lights and crowds that hurt are sensory needs, not health', () => {
  it.each(['school is too noisy, it hurts my ears', 'its too noisy, it hurts my ears', 'the noise in the hall hurts my ears', 'the bright lights in class hurt my eyes'])(
    '%j is a sensory need: Section B',
    (typed) => {
      expect(needSection(typed, PUPIL)).toBe('education');
      expect(needSection(typed)).toBe('education');
    },
  );
  it.each(['my ears hurt all the time', 'he has glue ear so everything is loud', 'my knee hurts when i walk', 'i have pain in my ears'])('%j stays health', (typed) =>
    expect(needSection(typed, PUPIL)).toBe('health'),
  );
});
