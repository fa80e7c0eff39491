import { describe, expect, it } from 'vitest';
import { isBarrier } from '../../src/language';
import { helpsApart } from '../../src/language/helpsApart';
import { splitNeeds } from '../../src/language/splitHopes';

describe('a task named in a list of hard things is one more of them', () => {
  it.each([
    ['i get muddled with the till and i cant read the plant labels. and getting the bus there', ['i get muddled with the till', 'i cant read the plant labels', 'getting the bus there']],
    ['i get lost and going on the bus', ['i get lost', 'going on the bus']],
  ])('%j', (typed, needs) => expect(splitNeeds(typed, isBarrier)).toEqual(needs));

  it.each(['reading is hard. going to the shops is fine', 'bus and train', 'getting the bus and going to the shops'])('%j stays whole', (typed) =>
    expect(splitNeeds(typed, isBarrier)).toEqual([typed]),
  );
});

describe('helps said as sentences of their own', () => {
  it('"jen comes on the bus with me. and pictures help me" is two helps', () =>
    expect(helpsApart('jen comes on the bus with me. and pictures help me')).toEqual(['jen comes on the bus with me', 'pictures help me']));
  it.each(['my mum and my sister help me', 'my mum. she comes with me', 'a laptop'])('%j stays one', (typed) => expect(helpsApart(typed)).toEqual([typed]));
});
