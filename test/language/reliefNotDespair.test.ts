import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

describe('relief from an everyday thing is not despair', () => {
  it.each([
    'free!! i wouldnt have to deal with the rude bus drivers anymore',
    'i wont need to fill in the forms any more',
    'he wouldnt have to queue for the canteen',
  ])('"%s" raises no worry', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['i wouldnt have to deal with anything anymore', 'i wouldnt have to deal with it any more'])('"%s" still gets a gentle check', (text) => {
    expect(detectConcern(text).concern).toBe(true);
  });
});

describe('looking after oneself as a goal is not neglect', () => {
  it.each(['make my bed n wash clothes', 'learn to do my own washing'])('"%s" raises no worry', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['nobody washes my clothes', 'i have to wash my own clothes cos mum doesnt'])('"%s" is still neglect', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'neglect' });
  });
});
