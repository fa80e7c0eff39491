import { describe, expect, it } from 'vitest';
import { withoutChatter } from '../../src/language/chatter';
import { withoutHelpLead } from '../../src/language/answerLead';
import { findTimePhrase } from '../../src/language/timeframe';

/* Their words kept as they said them: "of course" is never "have course", the help is never cut, a time is kept. */

describe('"would of" is "would have", never before "course"', () => {
  it('"I would of course like to cook a meal on my own" stays as said', () => {
    expect(withoutChatter('I would of course like to cook a meal on my own')).toBe('I would of course like to cook a meal on my own');
  });
  it('"I would of done it" is "I would have done it"', () => {
    expect(withoutChatter('I would of done it')).toBe('I would have done it');
  });
});

describe('"for the help" is dropped only as a lead before a comma or a colon', () => {
  for (const said of ['for the support of my TA in the kitchen', 'for the help of a speech therapist', 'for the help with reading he has a tutor'])
    it(`kept whole: "${said}"`, () => expect(withoutHelpLead(said)).toBe(said));
  it('"for the help, a tutor twice a week" is the tutor', () => expect(withoutHelpLead('for the help, a tutor twice a week')).toBe('a tutor twice a week'));
});

describe('a season or an event after "after" keeps its time', () => {
  const at = { today: '2026-12-06' };
  it('"at christmas work on his reading" keeps "at christmas"', () => expect(findTimePhrase('at christmas work on his reading', at)?.phrase.toLowerCase()).toBe('at christmas'));
  it('"after summer camp ends" keeps "after summer camp"', () => expect(findTimePhrase('after summer camp ends', at)?.phrase.toLowerCase()).toBe('after summer camp'));
  it('"at the christmas play" is no time', () => expect(findTimePhrase('sing at the christmas play', at)).toBeNull());
});
