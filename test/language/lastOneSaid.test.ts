import { describe, expect, it } from 'vitest';
import { lastOneSaid } from '../../src/language/lastOneSaid';

describe('"then I\'m done" after naming the next outcome', () => {
  it.each([
    ['one more the gcse one then im done', 'one more the gcse one'],
    ['the bus one and thats it', 'the bus one'],
    ['yes the cooking one, then I am finished', 'yes the cooking one'],
    ['ok one for friends, last one', 'ok one for friends'],
    ['swimming one and then were done!', 'swimming one'],
    ['One more please, for the swimming. Then I must go and fetch her from school.', 'One more please, for the swimming'],
    ['the bus one. after that i have to go to work', 'the bus one'],
  ])('"%s" names "%s" and says it is the last', (typed, rest) => {
    expect(lastOneSaid(typed)).toBe(rest);
  });

  it.each(['im done', 'thats it', 'the one about being done with school', 'i want to get my homework done', 'finish my course', 'i want to go to work then i have to go home'])(
    '"%s" has no such ending beside a pick',
    (typed) => {
      expect(lastOneSaid(typed)).toBeUndefined();
    },
  );
});
