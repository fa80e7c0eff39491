import { describe, expect, it } from 'vitest';
import { quotedList } from '../../dialogs/quotedList';

describe('a list the bot says back', () => {
  it('puts each item in quotes after a bullet, one a line', () => {
    expect(quotedList(['be a vet', 'get the bus'])).toBe('• "be a vet"\n• "get the bus"');
  });

  it('numbers items to pick from, with a blank line between', () => {
    expect(quotedList(['be a vet', 'get the bus'], 'numbered')).toBe('1: "be a vet"\n\n2: "get the bus"');
  });

  it('says nothing for no items', () => {
    expect(quotedList([])).toBe('');
  });
});
