import { describe, expect, it } from 'vitest';
import { notThisHope } from '../../src/language/notThisHope';

describe('a correction of which hope a step is for', () => {
  it('"No, road is finish. I say toilet. ..." names the toilet and keeps the step after it', () => {
    expect(notThisHope('No, road is finish. I say toilet. He must go toilet alone at school')).toEqual({ named: 'toilet', step: 'He must go toilet alone at school', done: true });
  });
  it.each([['no, road is done already', undefined], ['no not this one, the toilet', 'toilet'], ['No. I mean toilet', 'toilet']])('"%s" is a correction', (typed, named) => {
    expect(notThisHope(typed)?.named).toBe(named);
  });
  it.each(['no, he runs into the road', 'stop at the kerb', 'no he can not do it yet', 'no I dont know'])('"%s" is no correction', (typed) => {
    expect(notThisHope(typed)).toBeUndefined();
  });
  it.each([
    ['no thats enough for the flat one', 'flat', undefined],
    ['no i said NO more for the flat. can we do the going out with mates one now', 'flat', 'the going out with mates one'],
    ['no more for now', undefined, undefined],
  ])('"%s" says which hope is finished, and which is next', (typed, doneWith, named) => {
    expect(notThisHope(typed)?.doneWith).toBe(doneWith);
    expect(notThisHope(typed)?.named).toBe(named);
  });
});
