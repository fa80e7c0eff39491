import { describe, expect, it } from 'vitest';
import { saysOnlyWhoHelps } from '../../src/language/someoneHelps';

describe('who helps, said alone, is support', () => {
  it.each(['my mum helps', 'My dad helps me', 'nan and grandad help him', 'my mum helps me a lot', 'mum helps with it', 'Mrs Patel can help at first', 'my TA helps me', 'mr jones will help to start with'])('"%s" says only who helps', (text) => {
    expect(saysOnlyWhoHelps(text)).toBe(true);
  });

  it.each(['my mum helps me cook', 'go shopping with my mum', 'help my mum with the washing up', 'my mum helps me get dressed', 'make friends', 'my friends help me feel calm', 'Mrs Patel can help me read at first', 'help Mrs Patel tidy the class'])('"%s" is left alone', (text) => {
    expect(saysOnlyWhoHelps(text)).toBe(false);
  });
});
