import { describe, expect, it } from 'vitest';
import { withoutAsideTail } from '../../src/language/asideTail';
import { withoutChatter, withoutChatterOrEmoji } from '../../src/language/chatter';
import { withoutChatterTail } from '../../src/language/chatterTail';
import { withShortRuns } from '../../src/language/shortRuns';

/*
 * A message with a 20,000-character run of spaces, commas or dots is read as quickly as a short one
 * (each of these took seconds before), and read the same: the answer kept, the aside dropped.
 */
const SPACES = ' '.repeat(20_000);
const COMMAS = ', '.repeat(10_000);
const MIXED = ' ,.;:!-'.repeat(3_000);

describe('long runs of spaces and marks', () => {
  it.each([
    ['spaces', SPACES],
    ['commas', COMMAS],
    ['mixed marks', MIXED],
  ])('an aside after a run of %s is still dropped', (_name, run) => {
    expect(withoutAsideTail(`live in my own flat${run}no offence mum`)).toMatch(/^live in my own flat[\s,.;:!-]*$/);
    expect(withoutChatter(`live in my own flat${run}no offence mum`)).toMatch(/^live in my own flat[,.;:!-]*$/);
  });

  it.each([
    ['spaces', SPACES],
    ['commas', COMMAS],
    ['mixed marks', MIXED],
  ])('an answer with a run of %s in it and at its end is kept', (_name, run) => {
    expect(withoutChatterOrEmoji(`maths${run}and english${run}`)).toMatch(/^maths[\s,.;:!-]{1,6}and english[,.!]{0,3}$/);
    expect(withoutChatterTail(`did u see the match last night?${run}maths and english${run}`)).toMatch(/^maths and english/);
  });

  it('a short run is left as typed; a long one keeps its first marks and its line break', () => {
    expect(withShortRuns('maths... and english!!')).toBe('maths... and english!!');
    expect(withShortRuns(`maths${' '.repeat(40)}english`)).toBe('maths english');
    expect(withShortRuns(`maths${'.'.repeat(40)}\n${' '.repeat(40)}english`)).toBe('maths...\nenglish');
  });
});
