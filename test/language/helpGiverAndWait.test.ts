import { describe, expect, it } from 'vitest';
import { familyOrOtherGiverOf } from '../../src/language/planPart';
import { supportNamed, tellsOfAWait } from '../../src/language/provisionFragments';

describe('a wait for help is not help given', () => {
  it.each(["we've been on the waiting list for a year", 'still waiting for an assessment', 'hes on the waiting list for camhs', 'we are waiting to see the OT'])('%j tells of a wait', (typed) => {
    expect(tellsOfAWait(typed)).toBe(true);
    expect(supportNamed(typed)).toBe('');
  });
  it.each(['staff wait with me at the bus stop', 'someone to wait with me', 'a list of jobs to do', 'speech therapy every week'])('leave alone: %j is help', (typed) => {
    expect(tellsOfAWait(typed)).toBe(false);
    expect(supportNamed(typed)).toBe(typed);
  });
});

describe('who gives the help, when a name is said', () => {
  it.each([
    ['Jo helps me', 'Jo'],
    ['Mrs Khan comes in on Mondays', 'Mrs Khan'],
    ['my mum helps me', 'mum'],
    ['School helps me', null],
    ['She helps me', null],
    ['a TA in maths', null],
  ] as const)('%j: %j', (typed, who) => expect(familyOrOtherGiverOf(typed)).toBe(who));
});
