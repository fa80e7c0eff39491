import { describe, expect, it } from 'vitest';
import { answersThePlanInstead, harmIsOnline, placeOfHarm, tellsOfTakingOrHurting } from '../../src/language';

describe('a reply at "Are you OK?" that finishes the plan answer instead', () => {
  it.each(['no thats it', "that's all", 'nothing else', 'nope, nothing more thanks', 'no i think thats everything', 'cant think of anything else', 'nah thats the lot', 'no nothing else, just that', 'none'])(
    '%j answers the plan, not the check',
    (text) => expect(answersThePlanInstead(text)).toBe(true),
  );

  it.each(['no', 'not really', "no i'm not ok, thats it", "that's it, i'm fine", 'nothing makes me happy anymore', 'no one helps me', 'yes'])('%j is an answer to the check (or something else)', (text) => {
    expect(answersThePlanInstead(text)).toBe(false);
  });
});

describe('where a worry happens', () => {
  it.each([
    ['they post stuff about me', 'online'],
    ['theres a group chat where they slag me off', 'online'],
    ['kids in my class keep calling me names', 'school'],
    ['my mum and her boyfriend scream at me at home', 'home'],
  ])('%j is %s', (text, place) => expect(placeOfHarm(text)).toBe(place));

  it.each(['my dad hits me when he is angry', 'older boys at the bus stop take my money', 'they hit me at school and post videos of it online'])('%j names no one place', (text) => {
    expect(placeOfHarm(text)).toBeUndefined();
  });

  it('tells online bullying from things taken or hurting in person', () => {
    expect(harmIsOnline('they send me horrible messages on insta')).toBe(true);
    expect(harmIsOnline('older boys take my lunch money')).toBe(false);
    expect(tellsOfTakingOrHurting('older boys take my lunch money')).toBe(true);
    expect(tellsOfTakingOrHurting('they post stuff about me')).toBe(false);
  });
});
