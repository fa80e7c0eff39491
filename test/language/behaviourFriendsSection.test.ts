import { describe, expect, it } from 'vitest';
import { familyOrOtherGiverOf, needSection, providerFor } from '../../src/language/planPart';

/*
 * A foster carer of a 9-year-old at school: behaviour ("he kicks off when plans change") and
 * friendships ("he cant keep friends") are social, emotional and mental health needs, Section B,
 * also when tiredness or other children are named beside them. A condition, self-injury, or
 * friends met at home, at the weekend or going out keep their own section.
 */
const REECE = { age: 9, schoolYear: 4 };

describe('behaviour and friendships of a child at school go in Section B', () => {
  it.each([
    ['he kicks off when plans change', 'education'],
    ['meltdowns', 'education'],
    ['he has meltdowns when hes tired', 'education'],
    ['he kicks off and hurts other kids', 'education'],
    ['he kicks off at the end of the day, hes exhausted', 'education'],
    ['he lashes out at his little sister and hurts her', 'education'],
    ['he cant keep friends', 'education'],
    ['he finds it hard to make and keep friends', 'education'],
    ['he falls out with friends all the time', 'education'],
    ['he has no friends', 'education'],
    ['he cant keep friends, he gets too rough', 'education'],
    // Wendy, Alfie's grandmother: joining in and having someone to play with are friendship needs.
    ["he doesn't know how to join in with other children", 'education'],
    ['he is lonely and has nobody to play with', 'education'],
    ['he has nobody to play with at playtime', 'education'],
  ] as const)('%j is %s', (typed, section) => expect(needSection(typed, REECE)).toBe(section));

  it.each([
    ['he hurts himself in meltdowns', 'health'],
    ['he is tired all the time', 'health'],
    ['his leg hurts when he walks far', 'health'],
    ['he has seizures and kicks off after them', 'health'],
    ['he wants friends to play with at the weekend', 'social_care'],
    ['he has no friends to go out with', 'social_care'],
    ['he has no one to play with at home', 'social_care'],
    ['he has nobody to go out with at weekends', 'social_care'],
    ['he is lonely at home in the holidays', 'social_care'],
    ['she has nobody to play with at the youth club', 'social_care'],
  ] as const)('%j keeps %s', (typed, section) => expect(needSection(typed, REECE)).toBe(section));

  it('an adult not in education with no friends stays everyday life', () => {
    expect(needSection('i have no friends', { age: 23, education: 'not_at_school' })).toBe('social_care');
  });
});

describe('help to make friends is placed by where it is given, never given by friends', () => {
  it.each([
    ['help to make friends', 'education'],
    ['help to make friends at school', 'education'],
    ['help to make friends at the youth club', 'social_care'],
    ['help making friends, people in my halls keep leaving notes on my door', 'social_care'],
    ['people to help me make friends', 'education'],
    ['a befriender to help him make friends', 'social_care'],
    ['his friends help him', 'social_care'],
    ['help from his friends', 'social_care'],
  ] as const)('%j is %s', (typed, by) => expect(providerFor(typed, REECE)).toBe(by));

  it('"help to make friends" names no family or friend giving it', () => {
    expect(familyOrOtherGiverOf('help to make friends')).toBeNull();
    expect(familyOrOtherGiverOf('help from his friends')).toBe('friends');
  });
});
