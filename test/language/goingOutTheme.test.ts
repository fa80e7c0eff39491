import { describe, expect, it } from 'vitest';
import { themeOfHope } from '../../src/language/themeOfHope';

/*
 * The hope "go to football matches with my mate dan" was put under health and wellbeing. Going to
 * matches, clubs, gigs and concerts, with friends or as part of the community, is friends,
 * relationships and community (the Preparing for Adulthood area).
 */

const context = { today: '2026-12-05', schoolYear: 10 };

describe('going out to matches, clubs and gigs is friends and community', () => {
  it.each([
    'go to football matches with my mate dan',
    'go to gigs with my friends',
    'go to a youth club',
    'go to concerts with my best mate',
    'watch the rugby at the club with my mates',
    'go to the cinema with friends',
  ])('"%s"', (hope) => {
    expect(themeOfHope(hope, context)).toBe('friends_and_community');
  });

  it.each([
    ['get the bus to matches on my own', 'independent_living'],
    ['go to the gym to get fit', 'health_and_wellbeing'],
    ['go to college to study sport', 'learning_and_work'],
  ] as const)('"%s" is still %s', (hope, theme) => {
    expect(themeOfHope(hope, context)).toBe(theme);
  });
});
