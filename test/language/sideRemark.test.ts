import { describe, expect, it } from 'vitest';
import { answerPartOf } from '../../src/language/answerPart';
import { withoutChatter } from '../../src/language/chatter';

describe('a remark after the answer', () => {
  for (const [said, kept] of [
    ['pass maths. obviously', 'pass maths.'],
    ['offer letter from college. obvs lol', 'offer letter from college.'],
    ['theory test pass certificate. my birthdays in march btw', 'theory test pass certificate.'],
    ['sleep more. my mum says im addicted which is cap', 'sleep more.'],
    ['sleep more. teachers think im lazy but thats a lie', 'sleep more.'],
  ] as const) {
    it(`"${said}" keeps "${kept}"`, () => expect(answerPartOf(said)).toBe(kept));
  }

  for (const said of [
    'get a job. btw i also want to learn to drive',
    'cooking. my mum says im good at it',
    'my teacher says i should try harder which is true',
    'obviously i want to pass',
    'i want to live like i said before with my mate',
  ]) {
    it(`"${said}" is kept whole`, () => expect(answerPartOf(said)).toBe(said));
  }

  for (const [said, kept] of [
    ['living with my mate like i said before', 'living with my mate'],
    ['a job in a garage, as i said already', 'a job in a garage'],
  ] as const) {
    it(`"${said}" is kept as "${kept}"`, () => expect(withoutChatter(said)).toBe(kept));
  }
});
