import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';

/*
 * "after yr 11" at the end of a step, with "september after yr 11" as the time, is the time said again
 * and is said once; "after school" or "after tea" is when in the day they do it, part of the step.
 */
const at = (step: string, phrase: string) => outcomeSentence({ step, timeframe: { phrase, date: '2027-09-30' } });

describe('a time at the end of the step, said again or part of it', () => {
  it('"after yr 11" is said once', () => {
    expect(at('get on the plumbing course at college after yr 11', 'september after yr 11 when college starts')).toMatch(/I will get on the plumbing course at college\.$/);
  });
  it.each([
    ['go swimming every week after school', 'by the end of school year', /every week after school\.$/],
    ['walk the dog after tea', 'by tea time next month', /walk the dog after tea\.$/],
    ['do 20 minutes exercise after school', 'by the time school finishes in july', /exercise after school\.$/],
  ])('%j by %j keeps its time of day', (step, phrase, kept) => expect(at(step, phrase)).toMatch(kept));
});
