import { describe, expect, it } from 'vitest';
import { addsWords, saidSoFar } from '../../dialogs/safeguardingSaidAfter';
import { readCarryOn } from '../../src/language/closedAnswers';
import { recogniseCarryOn } from '../../src/language/afterDisclosure';

describe('a reply at the safety check that says something of its own', () => {
  it.each([
    'no he did it again last night',
    'please dont tell my mum',
    'its mostly home stuff i guess',
    'yes but he is coming back tonight',
    'im safe now, they just call me names sometimes',
    'no he hits me',
    'stop, he is back now',
  ])('goes with the concern: %s', (text) => {
    expect(addsWords(text)).toBe(true);
  });

  it.each(['yes', 'no', 'not sure', "Yes, I'm safe", 'im safe', 'carry on', 'stop for now', 'nah', '', "no I don't want to stop", 'id like to stop for now please'])('a bare answer does not: %s', (text) => {
    expect(addsWords(text)).toBe(false);
  });

  it('replies build up one a line, bare answers left out', () => {
    expect(saidSoFar(saidSoFar(saidSoFar(undefined, 'its home stuff'), 'no'), 'he shouts at mum')).toBe('its home stuff\nhe shouts at mum');
  });
});

describe('"carry on with your plan, or stop for now?"', () => {
  it.each(["no I don't want to stop", 'im not stopping', 'i dont want to stop yet', 'no, keep going', 'yes', 'carry on'])('carries on: %s', (text) => {
    expect(readCarryOn(text)).toBe('carry_on');
    expect(recogniseCarryOn(text)).toBe('carryOn');
  });

  it.each(["no I don't want to carry on", 'stop for now', 'not now'])('stops: %s', (text) => {
    expect(readCarryOn(text)).toBe('stop');
    expect(recogniseCarryOn(text)).toBe('stop');
  });

  it.each(['no', 'nah', 'nope', 'no thanks'])('a bare no is neither: %s', (text) => {
    expect(readCarryOn(text)).toBeUndefined();
    expect(recogniseCarryOn(text)).toBeNull();
  });
});
