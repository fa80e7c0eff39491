import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* "some days I wonder what the point is of all this", typed at what makes it hard: a gentle check first. */
const read = (text: string) => safeguardingInChat(text, { parent: false }).action;

describe('wondering what the point is', () => {
  it.each(['some days I wonder what the point is of all this', 'i sometimes wonder whats the point', 'most days i ask myself what the point is'])('%j is checked on gently', (text) => {
    expect(read(text)).toBe('check');
  });

  it.each(['i wonder what the point is of fractions', 'whats the point of this question', 'less stressed'])('%j is quiet', (text) => {
    expect(read(text)).toBe('none');
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('%j is still heard', (text) => {
    expect(read(text)).not.toBe('none');
  });
});
