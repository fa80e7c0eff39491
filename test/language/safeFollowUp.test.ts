import { describe, expect, it } from 'vitest';
import { readSafeFollowUp } from '../../src/language/safeFollowUp';

/* One reading for the soft follow-up at the safety question, after "mostly" or after a need beside a yes. */
describe('the follow-up to "Do you feel safe?"', () => {
  it.each(['no im ok', 'nah im fine', 'no not really', 'nowhere', 'no its the noise', 'no its the noise and all the people, nobody is horrible to him', 'not that i know', 'cant think of any'])(
    '%j is nowhere and nothing',
    (typed) => expect(readSafeFollowUp(typed)).toBe('none'),
  );

  it.each(['sometimes at school', 'yeah online', 'yes sometimes', 'yes a boy in his class', 'a boy keeps pushing him', 'maybe', 'no but at school sometimes', 'no, only when my dad is drunk'])(
    '%j is somewhere or something',
    (typed) => expect(readSafeFollowUp(typed)).toBe('some'),
  );

  it.each(['id rather not say', 'private', 'pass', 'none of your business'])('%j is rather not say', (typed) => expect(readSafeFollowUp(typed)).toBe('ratherNotSay'));

  it.each(['hair and beauty at college like i said', 'i want to go to college and do hair', 'i wanna work at the garage one day'])(
    '%j is a hope said again, not a place where they feel unsafe',
    (typed) => expect(readSafeFollowUp(typed)).toBeUndefined(),
  );

  it.each(['i want to go to college but im scared of the boys there', 'i want to stay at home, the bus is not safe', 'like i said, my brother hits me'])(
    '%j is still somewhere or something',
    (typed) => expect(readSafeFollowUp(typed)).toBe('some'),
  );

  it.each(['the toilets in the science block, i get cornered there', 'the canteen, i dont eat cos i get my lunch tipped', 'the stairs, i get trapped by year 10s'])(
    '%j names something done to them at a place: somewhere or something',
    (typed) => expect(readSafeFollowUp(typed)).toBe('some'),
  );

  it.each(['purple', 'what'])('%j cannot be told', (typed) => expect(readSafeFollowUp(typed)).toBeUndefined());
});
