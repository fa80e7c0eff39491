import { describe, expect, it } from 'vitest';
import { provisionItems } from '../../src/language';
import { tellsHowItIsNow } from '../../src/language/howItIsNow';

/** Alfie's mum at "What help would Alfie need?": a remark about how things are now is never help of its own. */
describe('a remark about how things are now, beside help', () => {
  it.each([
    ['more speech therapy, he only gets seen every 3 months. and nursery staff trained in the board', ['more speech therapy (he only gets seen every 3 months)', 'nursery staff trained in the board']],
    ['a TA in class, she hasnt had any yet, and a quiet space', ['a TA in class (she hasnt had any yet)', 'a quiet space']],
    ["more OT, we're still waiting. and a visual timetable", ["more OT (we're still waiting)", 'a visual timetable']],
    ["more OT, we're still waiting for the referral", ['more OT']],
  ])('"%s"', (typed, items) => {
    expect(provisionItems(typed)).toEqual(items);
  });

  it('help said with a person in it is help', () => {
    expect(tellsHowItIsNow('he needs a TA')).toBe(false);
    expect(tellsHowItIsNow('she gets 1:1 at lunch')).toBe(false);
    expect(provisionItems('a TA, someone to check he has understood')).toHaveLength(2);
  });
});
