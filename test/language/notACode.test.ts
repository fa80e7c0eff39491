import { describe, expect, it } from 'vitest';
import { soundsLikeAStrength } from '../../src/language/aboutMeMisplaced';
import { clearlyNotACode, withoutNoCodeTalk } from '../../src/language/inviteAnswer';

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

describe('talk of the code at the code question is its answer, never a worry', () => {
  it.each(["No I don't have any code. Nobody give me a code.", 'nobody gave us a code', 'no code, nobody told me about one'])('%j leaves nothing to read', (said) => {
    expect(withoutNoCodeTalk(said)).toBe('');
  });

  it.each([
    // Harm the rules read stays, even beside the code.
    'no code. my dad hits me',
    'no code, my dad took my phone and hit me',
    'nobody gave me a code and nobody feeds me at home',
  ])('%j keeps the worry to read', (said) => {
    expect(withoutNoCodeTalk(said)).not.toBe('');
  });

  it.each(['ACEF-GHKM', 'yes i have one', 'nobody gives me food at home', 'my key worker is nice', 'i like football'])('%j is read as typed', (said) => {
    expect(withoutNoCodeTalk(said)).toBe(said);
  });
});
