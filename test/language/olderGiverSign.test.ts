import { describe, expect, it } from 'vitest';
import { tellsOfSoftExploitationSign } from '../../src/language/softExploitationSigns';

/*
 * Someone said to be older giving a child vapes, drink or lifts is a sign that adds up with others (a count only);
 * family giving is not this sign.
 */
describe('an older person giving vapes, drink or lifts', () => {
  it.each(['reece is 19 he gives me lifts', 'reece is 19 n he gets me vapes', 'an older lad gets me vapes', 'this older guy buys me booze', 'my mate whos 20 gets me fags'])(
    '%j counts as a sign',
    (typed) => expect(tellsOfSoftExploitationSign(typed)).toBe(true),
  );
  it.each(['my brother gives me lifts', 'my brother is 19 he gives me lifts', 'my dad gets me vapes', 'my boyfriend is 15', 'my uncle gives me lifts to school'])('%j is not this sign', (typed) =>
    expect(tellsOfSoftExploitationSign(typed)).toBe(false),
  );
});
