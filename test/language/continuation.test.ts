import { describe, expect, it } from 'vitest';
import { joinedAnswer, readContinuation } from '../../src/language';

describe('a quick second message that carries on the answer before it', () => {
  it.each([
    ['and baking. like proper baking not just cupcakes lol', 'baking. like proper baking not just cupcakes lol'],
    ['and weighing stuff wiv numbers', 'weighing stuff wiv numbers'],
    ['also my cousin', 'my cousin'],
    ['oh and my nan', 'my nan'],
    ['Oh, and the noise in the kitchen', 'the noise in the kitchen'],
    ['+ my dog', 'my dog'],
    ['n my nan too', 'my nan'],
    ['plus a laptop', 'a laptop'],
    ['wait and football as well', 'football'],
    // "n" is text-speak for "and"; "do" here does a thing, it asks nothing.
    ['n do a nails course', 'do a nails course'],
    ['and do my nails', 'do my nails'],
  ])('"%s" adds "%s"', (typed, added) => {
    expect(readContinuation(typed)).toBe(added);
  });

  it.each([
    'baking',
    'my mates n my nan',
    'and then what?',
    'and?',
    'and thats it',
    'and what do i do now',
    'nothing',
    'andrew helps me',
    'n',
    'also no',
    'and can i stop soon',
    'yes. and put normal words back on',
    'and easy read please',
    'an apprenticeship',
    'an OT, a visual timetable and extra time in the mornings',
    'and do you keep it',
    'n did i say',
    'and does that count',
    'and do',
  ])('"%s" is no addition', (typed) => {
    expect(readContinuation(typed)).toBeNull();
  });

  it('joins the addition onto the answer so it reads as one', () => {
    expect(joinedAnswer('maths is hard. like measuring.', 'weighing stuff wiv numbers')).toBe('maths is hard. like measuring and weighing stuff wiv numbers');
  });
});
