import { describe, expect, it } from 'vitest';
import { saysDone, saysNoMoreOutcomes } from '../../src/language/noMoreOutcomes';

describe('no more outcomes, as typed at "another outcome?"', () => {
  it.each(['no', 'Nope', 'nah, thats all', 'ok no more', "that's all", 'im done', 'I dont want any more goals', 'no thanks', 'neither'])('"%s" says no hope comes next', (typed) => {
    expect(saysNoMoreOutcomes(typed)).toBe(true);
  });

  it.each(['no, the bus one', 'finish school', 'yes', 'the gcse one', 'no but i want one about cooking'])('"%s" is something else', (typed) => {
    expect(saysNoMoreOutcomes(typed)).toBe(false);
  });

  it.each(['im done', 'thats all', 'finished now', 'ok that is it', 'i think thats enough'])('"%s" says they are done', (typed) => {
    expect(saysDone(typed)).toBe(true);
  });

  it.each(['no', 'nope', 'not that one', 'the singing one'])('"%s" is only "no", or not done', (typed) => {
    expect(saysDone(typed)).toBe(false);
  });
});
