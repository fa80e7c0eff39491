import { describe, expect, it } from 'vitest';
import { saidNothingIsHard, saysNothingIsHard } from '../../src/language/notHard';

describe('nothing is hard, and said so again', () => {
  it.each(['ye nothing its just fun', 'yeah nothing', 'nothing really its easy', 'nah nothing tbh', 'nothing, its fun'])('%j says nothing is hard', (t) =>
    expect(saysNothingIsHard(t)).toBe(true));
  it.each(['nothing except when people shout', 'nothing its my dad he hits me', 'nothing is fun anymore', 'he touches me'])('%j is read as usual', (t) =>
    expect(saysNothingIsHard(t)).toBe(false));
  it.each(['wait what i said nothing is hard', 'i said nothing', 'no i said nothing was hard', 'nothing is hard i said'])('%j says it was said already', (t) =>
    expect(saidNothingIsHard(t)).toBe(true));
  it.each(['i said nothing is hard but reading is', 'i said the bus', 'they take my money'])('%j is not that', (t) => expect(saidNothingIsHard(t)).toBe(false));
});
