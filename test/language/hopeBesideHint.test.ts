import { describe, expect, it } from 'vitest';
import { hopeBesideHint } from '../../src/language/hopeBesideHint';

describe('the hope said before a worry', () => {
  it('"work with animals, some days i just dont want to be here" keeps the hope', () => expect(hopeBesideHint('work with animals, some days i just dont want to be here')).toBe('work with animals'));
  it('a first part naming the person the worry speaks of is never kept', () =>
    expect(hopeBesideHint('to go to my uncles house more, he gives me money and says its our secret')).toBeUndefined());
});
