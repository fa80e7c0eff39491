import { describe, expect, it } from 'vitest';
import { coachStep } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * Support led in as a dream or a hope ("my dream at this point is that CAMHS see her", "hoping for
 * OT and physio", "we'd really like him to have therapy", "she should be getting play therapy"),
 * or said after who is speaking ("Speaking as his foster dad:") or "Honestly?", is help asked for.
 * A dream of their own led in the same way stays a hope.
 */

const context = { today: '2026-12-05', age: 8, schoolYear: 3 };

describe('help led in as a dream or a hope, at the hopes question', () => {
  it.each([
    "Honestly my dream at this point is that CAMHS actually see her. We've been on the list forever.",
    "My biggest hope is that he finally gets the speech and language therapy he's been waiting 2 years for",
    "Speaking as his foster dad: he needs a key worker at school he can trust, and counselling. That's my hope.",
    "We'd really like him to have therapy for his trauma, play therapy or something like that. He's never had any",
    "dream would be a specialist autism base in a mainstream school with his own TA. We've been fighting for 3 yrs",
    'hoping for OT and physio. and a proper wheelchair that fits her, the one she has is too small',
    'oh we hope he gets a 1-1 in reception and makaton signing for the staff',
    'to be in the small group for english not the big class. and a scribe',
    "as her mum, she needs a proper communication aid",
    "I'm just hoping for a tutor for maths",
  ])('"%s" is help asked for', (said) => {
    expect(coachHope(said)).toBe('support_as_hope');
  });

  it.each([
    'my dream is that he plays football for england',
    'hoping for a job in a garage',
    "We'd really like him to have friends",
    'My biggest hope is that he finally gets to go to college',
    'Speaking as his mum: I want him to live in his own flat one day',
  ])('leaves "%s" as a hope', (said) => {
    expect(coachHope(said)).toBe('aspiration');
  });
});

describe('help led in as what should happen, at the step question', () => {
  it.each([
    "She should be getting play therapy and the same TA all day so she's not confused",
    'he should be given a laptop for his work',
    'for the nursery to use makaton and a visual timetable with her every day',
    "Honestly? A social skills group every week. He won't learn this stuff from us, we've tried!",
  ])('keeps "%s" as help', (said) => {
    expect(coachStep(said, context).action).toBe('provision');
  });

  it.each(['she should be getting the bus on her own by now', 'Honestly? She should walk to school on her own.', 'go to nursery 3 mornings a week without crying'])(
    'leaves "%s" as their own step',
    (said) => {
      expect(coachStep(said, context).action).not.toBe('provision');
    },
  );
});

describe('help hoped for, led in by who is speaking or by the story first', () => {
  it.each([
    "I'm his grandad. What we really want is for him to get a speech therapist every week",
    'i want for my daughter a teacher who shows her pictures and waits for her',
    "We moved house twice and nothing stuck. The main thing we're hoping for is that she gets a key worker at nursery.",
    'i really need to be able to have a laptop in lessons cos my writing is slow',
    'tbh i just want the school to give me extra time like it says',
  ])('asks about "%s" as help', (said) => {
    expect(coachHope(said)).toBe('support_as_hope');
  });

  it.each([
    "I'm her mum. What we really want is for her to make one good friend",
    'i want for my son to be happy and walk to the shop',
    "It has been a hard year. The thing I'm hoping for most is that he goes to college with his friends.",
    'i wanna be able to have my own flat one day',
    'i just want to get a job in a kitchen',
  ])('leaves "%s" as a hope', (said) => {
    expect(coachHope(said)).toBe('aspiration');
  });
});
