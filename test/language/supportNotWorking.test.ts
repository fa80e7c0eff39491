import { describe, expect, it } from 'vitest';
import { saysWhatDoesNotWork } from '../../src/language/supportNotWorking';

/* At "How can people support you best? What works well?": what does NOT work, in its everyday wordings. */

describe('what does not work, said where support was asked', () => {
  it.each([
    'when teachers shout and when its loud in the canteen',
    'when people rush me',
    'if someone touches me',
    'when its too busy',
    'when plans change',
    'when they talk too fast',
    'when the teacher picks me to read',
    'teachers shouting',
    'people rushing me',
    'being shouted at',
    'shouting',
    'loud noises and crowds',
    'i hate it when its noisy',
    'i dont like it when its loud',
    'he hates loud noises',
    'i get stressed when people shout',
    'what doesnt work is being rushed',
    'not when people shout',
  ])('"%s" says what does not work', (said) => {
    expect(saysWhatDoesNotWork(said)).toBe(true);
  });

  it.each([
    'explain things twice and dont shout',
    'warn me before things change',
    'give me time to answer',
    'dont make me read out loud',
    'when someone sits with me',
    'when you explain things twice',
    'when its loud, headphones help',
    'if someone explains it again',
    'when people are calm',
    'if its quiet',
    'be patient',
    'my mum',
  ])('"%s" is support that works', (said) => {
    expect(saysWhatDoesNotWork(said)).toBe(false);
  });
});
