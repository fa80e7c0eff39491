import { describe, expect, it } from 'vitest';
import { concernByRules, detectConcern, isPlanTalk } from '../../src/language';
import { talksAboutItsItems } from '../../src/language/aboutItsItems';

/* Talk about the plan's own items and the bot's wording is never a disclosure. */
describe("talk about the plan's items or the bot's wording", () => {
  it.each([
    'i already said this is the same as the last one. can you just join them together',
    'the two train hopes are the same, can you merge them',
    'could u combine those into one please',
    'join the friend and the happy hopes into one',
    'no thats wrong. i said easter year 7 not end. and the how will we know bit is muddled, i dont want to wait that long isnt how we\'d know anything',
    'the wording is all wrong',
    'that sentence doesnt make sense, leo will that he can??',
    'i said before july not in july',
    'the last one is the same thing as the first hope',
  ])('%j is talk about the plan, never checked on the classifier alone', (typed) => {
    expect(talksAboutItsItems(typed)).toBe(true);
    expect(isPlanTalk(typed)).toBe(true);
    expect(concernByRules(typed)).toBe(false);
  });

  it.each([
    'the step is wrong and i want to die',
    'i said no but he still touched me',
    'the how will we know bit is wrong, nobody listens to me and its all too much',
  ])('%j speaks of harm or despair too, so it is more than talk', (typed) => expect(talksAboutItsItems(typed)).toBe(false));

  it.each(['i go to the mosque with my brother', 'he wants to join the railway club', 'we join the others at lunch'])('%j is neither', (typed) =>
    expect(talksAboutItsItems(typed)).toBe(false),
  );

  it('a wish to join a group that fights is still a disclosure; joining the hopes together is not', () => {
    expect(detectConcern('they keep messaging me saying i should join them and fight for our people')).toMatchObject({ concern: true, category: 'other' });
    expect(detectConcern('can you just join them together')).not.toMatchObject({ sure: true });
  });
});
