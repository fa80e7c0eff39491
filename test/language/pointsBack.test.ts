import { describe, expect, it } from 'vitest';
import { onlyPointsBack } from '../../src/language/asideTail';
import { readHopeCorrection } from '../../src/language/hopeCorrection';

/** "as I said before" points back at their own words: never an answer of its own. */
describe('a pointer back at their own words', () => {
  it.each(['as I said before', 'As I said before.', 'like I told you', "I've already said that", 'as I have said'])('"%s" only points back', (said) => {
    expect(onlyPointsBack(said)).toBe(true);
  });

  it.each(['As I said, he gets tired', 'he said before that he hates it', 'I told you about his reading', 'as I said to his teacher', 'like I say, he is shy'])(
    '"%s" says more',
    (said) => expect(onlyPointsBack(said)).toBe(false),
  );

  it.each(['That is not a hope, as I told you', "That's not a hope, as I said before."])('"%s" corrects the hope and leaves nothing to answer', (said) => {
    expect(readHopeCorrection(said)).toMatchObject({ notAHope: true, rest: '' });
  });
});
