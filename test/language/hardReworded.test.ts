import { describe, expect, it } from 'vitest';
import { asksToChangeLastHard, hardChangedTo } from '../../src/language/hardReworded';

describe('the hard thing just kept, asked to change', () => {
  it.each(['no thats not what i meant can u change it', 'thats wrong can you change it', 'not what i meant, change it pls'])('%j asks to change it', (t) =>
    expect(asksToChangeLastHard(t)).toBe(true));
  it.each(['no thats not what i meant', 'can u change it', 'he touches me', 'change the help to my mum', 'thats wrong... can u fix it', 'its wrong pls fix it', 'not what i meant, fix it'])('%j is not that', (t) =>
    expect(asksToChangeLastHard(t)).toBe(false));
  it.each([
    ['change whats hard to reading. i cant read the questions fast', 'reading: i cant read the questions fast'],
    ['change whats hard to spelling', 'spelling'],
    ['can u change the hard thing to: maths', 'maths'],
  ])('%j gives the new words %j', (t, words) => expect(hardChangedTo(t)).toBe(words));
  it.each(['change the help to my mum', 'they take my money', 'reading is hard'])('%j gives no new words for the hard thing', (t) => expect(hardChangedTo(t)).toBeNull());
});
