import { describe, expect, it } from 'vitest';
import { noMoreForHope } from '../../src/language/noMoreForHope';

describe('no more goals for one hope', () => {
  it.each(['no thats all for that one', 'thats it for that hope', 'no more for this one', 'done with that one', 'nah thats all 4 that one', 'thats enough for this hope', 'finished with that one thanks'])(
    '"%s" points at the hope just worked on',
    (typed) => expect(noMoreForHope(typed)).toEqual({}),
  );

  it.each([
    ['nothing else for football', 'football'],
    ['no im done with the football one', 'football'],
    ['no thats enough for the flat one', 'flat'],
  ])('"%s" names the hope "%s"', (typed, named) => expect(noMoreForHope(typed)).toEqual({ named }));

  it.each(['no thats all', 'thats all for now', 'no more for me', 'im done with it', 'done with everything', 'no more goals', 'finished for today thanks', 'no more for the flat. can we do the going out one', 'i want to play football with my mates'])(
    '"%s" is not about one hope',
    (typed) => expect(noMoreForHope(typed)).toBeUndefined(),
  );
});
