import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';

/** A carer tells how the child said his hopes: the story around them and the count after them are no hopes. */
describe('hopes told as what the child said', () => {
  it('keeps the child\'s three and the carer\'s added one, without the story or the count', () => {
    const said =
      "I asked him this the other night while he was fixing his bike and he said be a mechanic like his uncle, play football for a proper team and have a proper mate, those were his three, and I'd add that he's happy and settled";
    expect(hopesIn(said)).toEqual(['be a mechanic like his uncle', 'play football for a proper team', 'have a proper mate', "he's happy and settled"]);
  });

  it.each([
    ['when I asked her she said to work with animals', ['to work with animals']],
    ['be a vet, live with my mate, those are my hopes', ['be a vet', 'live with my mate']],
  ])('"%s" keeps only the hopes', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });

  it.each([
    // Leave alone: no story of asking, and "said" inside a hope.
    ['i want to be a chef and live with my mate', ['i want to be a chef', 'live with my mate']],
    ['he said he wants to be a footballer', ['he said he wants to be a footballer']],
    ['i want to learn to add up money in the shop', ['i want to learn to add up money in the shop']],
  ])('"%s" is read as before', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });
});

describe('words like a count or a story that are not one', () => {
  it.each([
    ['i want to see that my things are safe', ['i want to see that my things are safe']],
    ['I asked and she said no', ['I asked and she said no']],
  ])('"%s" is read as before', (said, hopes) => {
    expect(hopesIn(said)).toEqual(hopes);
  });
});
