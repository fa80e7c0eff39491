import { describe, expect, it } from 'vitest';
import { refusesChange } from '../../src/language/changeRefused';

describe('the new words read back are not what they meant', () => {
  it.each(['no thats not what i said', 'thats not what i said', "That's not what I meant!", 'i never said that', 'wrong', 'no. wrong', 'ugh thats not it', 'you got it wrong'])('"%s" refuses the change', (text) => expect(refusesChange(text)).toBe(true));

  it.each(['no it should say i will cook pasta', 'yes', 'the wrong bus is a problem', 'i said the train not the bus', 'no'])('"%s" is not only a complaint', (text) => expect(refusesChange(text)).toBe(false));
});
