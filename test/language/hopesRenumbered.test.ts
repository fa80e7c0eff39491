import { describe, expect, it } from 'vitest';
import { hopesRenumbered } from '../../src/language/hopesRenumbered';

describe('hopesRenumbered: how the person says the hopes should be cut', () => {
  it.each([
    ['wot. thats wrong. footballer for villa is 1. mechanic is other', ['footballer for villa', 'mechanic']],
    ['no. 1 is footballer 2 is mechanic', ['footballer', 'mechanic']],
    ['hope 1 footballer. hope 2 mechanic', ['footballer', 'mechanic']],
    ['they are 2 different hopes. footballer and mechanic', ['footballer', 'mechanic']],
    ['its 2 different things. be a vet, live with my mum', ['be a vet', 'live with my mum']],
    ['first one is football second is mechanic', ['football', 'mechanic']],
  ])('"%s" -> %j', (typed, hopes) => {
    expect(hopesRenumbered(typed)).toEqual(hopes);
  });

  it.each(['1 go to college 2 get a job', 'i want 2 dogs and 3 cats', 'no', 'thats wrong', 'be a footballer and a mechanic', 'is 1 enough?'])('"%s" is no re-cut', (typed) => {
    expect(hopesRenumbered(typed)).toBeNull();
  });
});
