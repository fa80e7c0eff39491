import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { scaredOfTheGoal, scaredSaidAlone } from '../../src/language/scaredOfTheGoal';

/*
 * Fear of the goal being built, said as the whole message, is heard kindly at the outcome questions.
 * Fear of a person, or anything said after the fear, is never read as it; plain disclosures with the
 * same words are still concerns.
 */

describe('fear of the goal, said alone', () => {
  it.each(['im kinda scared of doing it', 'im kinda scared of it tbh', 'this is scary', 'its scary', 'bit nervous about it', 'scared to do it', 'kinda scared to try', 'it makes me scared', 'scared of doing it'])('%j', (said) => {
    expect(scaredOfTheGoal(said)).toBe(true);
  });
});

describe('not fear of the goal', () => {
  it.each(['im scared of my dad', 'im scared of him', 'im scared to go home', 'i get nervous', 'less worried', 'not scared', 'im scared. someone at home hits me', 'i would feel less scared on the bus', 'im really scared now', 'i feel so scared now', 'im worried now'])('%j', (said) => {
    expect(scaredOfTheGoal(said)).toBe(false);
  });
});

describe('fear said alone, not said to be of the goal: never brushed off', () => {
  it.each(['im really scared', 'im so scared', 'im scared lol', 'im really scared ngl', 'im really worried', 'im kinda scared', 'a bit worried', 'im really scared now'])('%j', (said) => {
    expect(scaredOfTheGoal(said)).toBe(false);
    expect(scaredSaidAlone(said)).toBe(true);
  });
  it.each(['im scared of my dad', 'im scared. someone at home hits me', 'scared of doing it', 'not scared'])('%j is not fear said alone', (said) => {
    expect(scaredSaidAlone(said)).toBe(false);
  });
});

describe('plain disclosures with the same words still raise a concern', () => {
  it.each(['im kinda scared of my dad he hits me', 'im scared to go home because my stepdad hurts me', 'im scared. someone at home hits me'])('%j', (said) => {
    expect(detectConcern(said).concern).toBe(true);
  });
});
