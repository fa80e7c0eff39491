import { describe, expect, it } from 'vitest';
import { splitAboutThePerson } from '../../src/language/sameMatter';

/* At a help question after a worry about mum: a lift from mum is help, never added to the worry's note. */
describe('a lift from the person a worry named is help', () => {
  it('"headphones. getting the early bus when its quiet. mum takes me in the car some days" is all help', () => {
    const text = 'headphones. getting the early bus when its quiet. mum takes me in the car some days';
    expect(splitAboutThePerson(text, ['mum'])).toEqual({ worry: [], rest: text });
  });

  it.each(['headphones. mum takes my money some days', 'headphones. mum takes me in the car and hits me', 'headphones. mum shouts at me in the car'])('"%s" still tells of mum', (text) => {
    expect(splitAboutThePerson(text, ['mum']).worry).toHaveLength(1);
  });
});
