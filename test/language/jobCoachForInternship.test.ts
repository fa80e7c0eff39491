import { describe, expect, it } from 'vitest';
import { providerFor } from '../../src/language/helpGiver';

/*
 * A job coach for a goal about a supported internship or a course is education's (an internship is
 * a study programme), even when where the person spends their days was never said. A job coach for
 * a job, for an adult not in education, stays social care's.
 */

describe('a job coach for an internship is education', () => {
  const nineteen = { age: 19 };
  const adult = { age: 22, education: 'not_at_school' as const };
  it.each([
    ['a job coach from the internship', nineteen, 'By July 2027, I will take the bus to my internship on my own.', 'education'],
    ['my job coach comes with me once a week', nineteen, 'By July 2027, I will take the bus to my internship on my own.', 'education'],
    ['job coach to help me at my placement', nineteen, 'By summer 2027, I will finish my supported internship at the hospital.', 'education'],
    ['my job coach checks in', adult, 'By July 2027, I will get to my college course on time.', 'education'],
    ['my job coach checks in', adult, 'By July 2027, I will keep my job at the cafe.', 'social_care'],
  ] as const)('%s (%s)', (text, person, goal, part) => expect(providerFor(text, person, goal)).toBe(part));
});
