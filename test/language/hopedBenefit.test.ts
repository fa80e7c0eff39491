import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { tellsOfHopedBenefit } from '../../src/language/hopedBenefit';

const young = { parent: false } as const;

describe('what a hope would bring is no reason to ask "Are you OK?"', () => {
  it.each([
    "less dependent on mum, and she'd get a break too",
    "I'd feel like I belong there even if the building wasnt built for me",
    'id be more independent and my dad could have a rest',
    'it wud make me feel like i fit in',
    'go to the cinema with no mum',
    'i could go out with my mates with no mum there',
    'like a normal 22 yr old. my mates wouldnt have to plan around my mum',
  ])('%j: no check', (typed) => {
    expect(safeguardingInChat(typed, young).action).toBe('none');
  });

  it.each([
    "mum would get a break from me, they'd all be better off",
    "i'd feel like i belong nowhere and i want to die",
    'less dependent on mum because she hits me',
    'like a normal 22 yr old. he hits me',
    'my mates wouldnt have to plan around me. i want to die',
    'like a normal adult. my uncle touches me',
    'my mates wouldnt have to plan around my mum. they make me sell stuff',
    'i wouldnt have to ask permission to leave the house',
    'like a normal 16 year old. i wouldnt have to ask my stepdad to unlock my room',
    'like a normal 17 yr old. i wouldnt have to rely on the men who give me money',
    'like a normal adult. no more having to give my wages to my brother',
  ])('near-miss %j: still a worry', (typed) => {
    expect(safeguardingInChat(typed, young).action).not.toBe('none');
  });

  it('reads the good thing gained, not any "would"', () => {
    expect(tellsOfHopedBenefit('my sister would get a break')).toBe(true);
    expect(tellsOfHopedBenefit('i would get a bus')).toBe(false);
    expect(tellsOfHopedBenefit('she would be scared without me')).toBe(false);
  });
});
