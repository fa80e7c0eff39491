import { describe, expect, it } from 'vitest';
import { orderMoveSaid } from '../../src/language/orderMove';
import { answerAfterRemark } from '../../src/language/remarkBeforeYes';

describe('a goal to go before or after another', () => {
  it.each([
    ['Thank you. Now the toilet goal please move it to before the swimming one', { moved: 'the toilet goal', place: 'before', other: 'the swimming one' }],
    ['thanks! can you put the toilet one before the swimming one', { moved: 'the toilet one', place: 'before', other: 'the swimming one' }],
    ['move the bus goal after the cooking one please', { moved: 'the bus goal', place: 'after', other: 'the cooking one' }],
  ])('"%s"', (typed, said) => {
    expect(orderMoveSaid(typed)).toEqual(said);
  });
  it.each(['move to a flat before i am 20', 'i want to move out before college', 'thank you', 'put the kettle on'])('"%s" is not', (typed) => {
    expect(orderMoveSaid(typed)).toBeNull();
  });
});

describe('a remark before the yes', () => {
  it.each([
    ['wait u didnt change the job bit. whatever. ye one more the bus one', 'ye one more the bus one'],
    ['that took ages. yes the bus one', 'yes the bus one'],
  ])('"%s" is answered by "%s"', (typed, answer) => {
    expect(answerAfterRemark(typed)).toBe(answer);
  });
  it.each(['ye one more the bus one', 'no. yes the bus one', 'i want to cook. i want to swim'])('"%s" has no remark before its answer', (typed) => {
    expect(answerAfterRemark(typed)).toBeUndefined();
  });
});
