import { describe, expect, it } from 'vitest';
import { soundsLikeAStrength } from '../../src/language/aboutMeMisplaced';
import { clearlyNotACode } from '../../src/language/inviteAnswer';

/* At the key worker's code question: sentences that are clearly no code, and which of them say what people like about me. */

describe('clearly not a code', () => {
  it.each(['im good at fixing bikes and i make people laugh', 'my mates and my nan', 'i like football', 'lets get on with it', 'this is boring'])('"%s" is no code', (said) => {
    expect(clearlyNotACode(said)).toBe(true);
  });

  it.each(['acef ghk', 'ACEFGHK', 'fa9c km3y', 'hello', 'hi there', 'why do you need it', 'what?', 'i have a code somewhere', 'ok', 'its on my phone 4k7'])('"%s" may still be a code, or is no answer', (said) => {
    expect(clearlyNotACode(said)).toBe(false);
  });
});

describe('what people like about me, typed anywhere', () => {
  it.each(['im good at fixing bikes and i make people laugh', 'i make people laugh', 'people say im funny and kind', 'I am really good with animals', 'i can fix anything', 'my nan says im kind', 'im kind and funny'])('"%s" sounds like a strength', (said) => {
    expect(soundsLikeAStrength(said)).toBe(true);
  });

  it.each(['my mates and my nan', 'i like football', 'i want to be a mechanic', 'explain things to me', 'i cant read well'])('"%s" does not', (said) => {
    expect(soundsLikeAStrength(said)).toBe(false);
  });
});
