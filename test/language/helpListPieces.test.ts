import { describe, expect, it } from 'vitest';
import { provisionItems, withoutQuestionsToTheBot } from '../../src/language/provisionItems';
import { splitSupport } from '../../src/language/splitSupport';

describe('the pieces of a list of help', () => {
  it.each([
    ['extra time, not only morning, like school give?, this plan? ehcp?', ['extra time, not only morning']],
    ['help with reading, only in the afternoons', ['help with reading, only in the afternoons']],
    ['a laptop, in maths', ['a laptop, in maths']],
    ['a quiet place at lunch, my mum, a laptop', ['a quiet place at lunch', 'my mum', 'a laptop']],
    ['a TA?', ['a TA']],
    ['more help, what do u mean', ['more help']],
    ['a quiet room, ear defenders, time out cards and a visual timetable', ['a quiet room', 'ear defenders', 'time out cards', 'a visual timetable']],
    ['a quiet room, ear defenders, time out cards & a visual timetable', ['a quiet room', 'ear defenders', 'time out cards', 'a visual timetable']],
    ['time to calm down, then try again', ['time to calm down, then try again']],
    // "and" before someone who gives help doing something starts a piece of its own.
    [
      'He has speech and language therapy at school once a fortnight and the teaching assistant uses pictures with him.',
      ['He has speech and language therapy at school once a fortnight', 'the teaching assistant uses pictures with him'],
    ],
    ['speech therapy and the teacher checks he has understood', ['speech therapy', 'the teacher checks he has understood']],
    ['signs and the pictures he likes', ['signs and the pictures he likes']],
    ['his mum and the teacher talk every week', ['his mum and the teacher talk every week']],
    ['speech and language therapy', ['speech and language therapy']],
    ['a TA and the school nurse', ['a TA and the school nurse']],
    ['reading with his nan and the school library', ['reading with his nan and the school library']],
  ])('"%s" is %j', (typed, items) => expect(provisionItems(typed)).toEqual(items));

  it.each([
    ['my mum reads with me, is that ok?', 'my mum reads with me'],
    ['what helps is my mum', 'what helps is my mum'],
    ['this plan?', ''],
    ['my mum, my dad and my nan', 'my mum, my dad and my nan'],
  ])('what helps: "%s" keeps "%s"', (typed, kept) => expect(withoutQuestionsToTheBot(typed)).toBe(kept));
});

describe('a list of help said after a step with "with"', () => {
  it.each([
    ['stay in my lessons with a quiet room, ear defenders, time out cards and a visual timetable', 'stay in my lessons', 'a quiet room, ear defenders, time out cards and a visual timetable'],
    ['go to college on my own with a travel buddy at first', 'go to college on my own', 'a travel buddy at first'],
  ])('"%s" is the step "%s" and the help "%s"', (typed, rest, support) => expect(splitSupport(typed)).toEqual({ rest, support }));
});

describe('being with someone is the step, not help', () => {
  it.each([
    'saying hi to people in my form and sitting with someone at lunch',
    'go to the shop with someone from my class',
    'play football with people my age',
    'chatting with someone new at break',
  ])('"%s" keeps its company in the step', (typed) => expect(splitSupport(typed)).toEqual({ rest: typed, support: null }));

  it.each([
    ['walk to school with someone', 'walk to school', 'someone'],
    ['catch the bus with my TA at first', 'catch the bus', 'my TA at first'],
    ['go to the park with a support worker', 'go to the park', 'a support worker'],
    ['do my reading with an adult', 'do my reading', 'an adult'],
    ['make a sandwich with staff nearby', 'make a sandwich', 'staff nearby'],
  ])('"%s" is still the step "%s" and the help "%s"', (typed, rest, support) => expect(splitSupport(typed)).toEqual({ rest, support }));
});
