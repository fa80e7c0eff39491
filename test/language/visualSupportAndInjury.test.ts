import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

describe('visual support asked for is not something shown to a child', () => {
  it.each(['talk slowly and show him pictures', 'show her pictures first', 'please use them symbols'])('"%s" raises no worry', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['he showed me pictures of his willy', 'he shows me pictures of naked people'])('"%s" is still a disclosure', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'sexual_abuse' });
  });
});

describe('pictures, symbols or a visual timetable shown by a carer or teacher', () => {
  it.each([
    'he shows him pictures',
    'his teacher shows him pictures',
    'the TA shows him PECS',
    'his dad shows him a visual timetable',
    'mum shows him pictures of what is next',
    'his TA uses symbols with him',
    'she shows her picture cards and it helps',
  ])('"%s" is visual support, no worry', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each([
    'he shows him pictures of naked people',
    'he shows him pictures of his body',
    'he shows him pictures in the bath',
    'he shows him pictures and tells him not to tell mum',
  ])('"%s" with sexual words or secrecy is still a disclosure', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true });
    expect(['sexual_abuse', 'exploitation']).toContain(detectConcern(text).category);
  });

  it('"he shows him pictures of naked people" stays sexual abuse, and sure', () => {
    expect(detectConcern('he shows him pictures of naked people')).toMatchObject({ concern: true, category: 'sexual_abuse', sure: true });
  });

  it('a stranger showing pictures is still asked about', () => {
    expect(detectConcern('a man shows him pictures').concern).toBe(true);
  });
});

describe('an injury told with nothing to explain it', () => {
  it('"I have bruises on my arms" gets the gentle check', () => {
    expect(detectConcern('I have bruises on my arms')).toMatchObject({ concern: true, category: 'harm_from_others' });
    expect(detectConcern('I have bruises on my arms').faint).toBeFalsy();
  });

  it('bruises from football raise no worry', () => {
    expect(detectConcern('i have bruises on my legs from football').concern).toBe(false);
  });
});
