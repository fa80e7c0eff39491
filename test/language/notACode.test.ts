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

  // A sentence that is not itself a no-code answer is always left to read, even when it names the key worker.
  it.each([
    'havent got a code. my key worker shouts at me and grabs my arm',
    'no code. my key worker is weird with me and i dont like being alone with him',
    'no code. my key worker keeps messaging me at night',
    'dont have a code. im scared of my key worker',
  ])('%j keeps the key worker to read', (said) => {
    expect(withoutNoCodeTalk(said)).toMatch(/key worker/);
  });
  // Sentences about the code alone are still the answer.
  it.each(['i dont have a code. my key worker never gave me one.', 'no. i havent got a code', 'havent got one. no code yet', 'no code sorry. i dont know my key worker yet', 'nope no code. nobody gave me one'])(
    '%j still leaves nothing to read',
    (said) => expect(withoutNoCodeTalk(said)).toBe(''),
  );

  it.each(['ACEF-GHKM', 'yes i have one', 'nobody gives me food at home', 'my key worker is nice', 'i like football'])('%j is read as typed', (said) => {
    expect(withoutNoCodeTalk(said)).toBe(said);
  });
});
